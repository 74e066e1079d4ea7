/**
 * What a function bundle does when it is imported: it builds no detector (they are built by the
 * first scrub, core/scrub/detectors/mod.ts), which is most of what a cold import used to cost.
 */
import { ok, strictEqual } from "@node/assert";
import { join } from "@node/path";
import { pathToFileURL } from "@node/url";
import { bundleFile } from "../scripts/bundle.ts";
import { ROOT } from "../scripts/print_manifest.ts";

/**
 * Imports the bundle named by its first argument with RegExp watched for the Shopify token
 * prefix, which only the detectors' patterns hold; prints whether one was built by the import,
 * then whether one was built by a run of the handler that scrubs a line.
 */
const PROBE = "let built = false; const Native = RegExp; " +
  "globalThis.RegExp = new Proxy(Native, { construct(target, args, newTarget) { " +
  'if (String(args[0]).includes("shpat_")) built = true; ' +
  "return Reflect.construct(target, args, newTarget); } }); " +
  "const { default: handler } = await import(Deno.args[0]); const atImport = built; " +
  'const result = await handler({ inputs: { text: "key=ghp_SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr" }, ' +
  'env: {}, token: "xoxb-test", team_id: "T1", enterprise_id: "", ' +
  'event: { type: "function_executed" } }); ' +
  "console.log(JSON.stringify({ atImport, afterScrub: built, outputs: result.outputs }));";

Deno.test("a function bundle builds its detectors on the first scrub, not when imported", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-cold-import-test-" });
  try {
    const file = join(dir, "scrub_text.js");
    await bundleFile(join(ROOT, "functions", "scrub_text", "handler.ts"), file);
    const child = new Deno.Command(Deno.execPath(), {
      args: ["run", "--quiet", `--allow-read=${dir}`, "-", pathToFileURL(file).href],
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(PROBE));
    await writer.close();
    const { code, stdout, stderr } = await child.output();
    strictEqual(code, 0, new TextDecoder().decode(stderr));
    const probe = JSON.parse(new TextDecoder().decode(stdout));
    strictEqual(probe.atImport, false, "the import built the detectors");
    // The probe sees them built once a line is scrubbed, so it can tell.
    strictEqual(probe.afterScrub, true);
    ok(probe.outputs.text.includes("[REDACTED:github-pat]"), probe.outputs.text);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
