/** `deno task manifest` prints what the CLI's get-manifest hook would, for a valid app. */
import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { join } from "@node/path";
import { isLoopbackHost } from "../core/sources/mod.ts";
import { LOCAL_SAMPLE_FLAG, SAMPLE_LOGS_HOST } from "../devkit/sample_logs/source.ts";
import { checkFunctionSources, hookManifest, ROOT } from "./print_manifest.ts";

/** Slack's outgoing-domain pattern (manifest schema 2.0.0). */
const DOMAIN = /^(?![.-])([-a-z0-9.])+([a-z0-9])$/;

/** The parts of the printed manifest these tests read. */
interface PrintedManifest {
  display_information: { name: string };
  icon: string;
  functions: Record<string, Record<string, unknown>>;
  workflows: Record<string, { description?: string; steps: { inputs: Record<string, unknown> }[] }>;
  datastores: Record<string, unknown>;
  oauth_config: { scopes: { bot: string[] } };
  outgoing_domains?: string[];
}

/** The manifest as deployed, or with `env` set (e.g. the local-sample flag of `slack run`). */
async function printedManifest(env: Record<string, string> = {}): Promise<PrintedManifest> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "manifest"],
    cwd: ROOT,
    // Whatever the developer's shell holds, the flag is unset unless a test sets it.
    env: { [LOCAL_SAMPLE_FLAG]: "", ...env },
    stdout: "piped",
    stderr: "piped",
  }).output();
  strictEqual(code, 0, new TextDecoder().decode(stderr));
  return JSON.parse(new TextDecoder().decode(stdout));
}

Deno.test("manifest: functions, the one workflow, datastores, least scopes, no source_file", async () => {
  const manifest = await printedManifest();
  strictEqual(manifest.display_information.name, "Safe Debug");
  deepStrictEqual(Object.keys(manifest.functions).sort(), [
    "debug_audit",
    "fetch_logs",
    "manage_access",
    "my_debug_reports",
    "post_debug_report",
    "purge_reports",
    "scrub_text",
    "verify_alert",
  ]);
  for (const fn of Object.values(manifest.functions)) {
    strictEqual(fn.source_file, undefined);
    ok(typeof fn.title === "string" && typeof fn.description === "string");
  }
  deepStrictEqual(Object.keys(manifest.workflows), [
    "debug_production",
    "purge_expired_reports",
    "debug_from_alert",
    "manage_debug_access",
    "debug_audit",
    "my_debug_reports",
  ]);
  ok(manifest.workflows.debug_production.description, "the schema requires a description");
  deepStrictEqual(Object.keys(manifest.datastores).sort(), [
    "alert_storms",
    "audit_events",
    "debug_sessions",
    "fetch_rate",
    "roles",
    "webhook_nonces",
  ]);
  deepStrictEqual([...manifest.oauth_config.scopes.bot].sort(), [
    "channels:history",
    "channels:read",
    "chat:write",
    "datastore:read",
    "datastore:write",
    "groups:history",
    "groups:read",
    "triggers:write",
    "usergroups:read",
  ]);
  const domains = manifest.outgoing_domains ?? [];
  ok(domains.length <= 10);
  for (const domain of domains) ok(DOMAIN.test(domain) && domain.length <= 50, domain);
  ok(!domains.some(isLoopbackHost), "the loopback sample service is not an outgoing domain");
});

/** The Debug production form's elements, by name. */
function formElements(manifest: PrintedManifest): Record<string, { enum?: string[] }> {
  const form = manifest.workflows.debug_production.steps[0].inputs as {
    fields: { elements: { name: string; enum?: string[] }[] };
  };
  return Object.fromEntries(form.fields.elements.map((element) => [element.name, element]));
}

Deno.test("manifest: a deployed one names no loopback host and offers no sample source", async () => {
  for (const flag of ["", "0", "true", "yes"]) {
    const manifest = await printedManifest({ [LOCAL_SAMPLE_FLAG]: flag });
    const loopback = (manifest.outgoing_domains ?? []).filter(isLoopbackHost);
    deepStrictEqual(loopback, [], `${LOCAL_SAMPLE_FLAG}="${flag}"`);
    ok(!formElements(manifest).source?.enum?.includes("sample"), "the sample is no choice");
  }
});

Deno.test("manifest: under SAFE_DEBUG_LOCAL_SAMPLE=1 (slack run) the function may reach the sample service", async () => {
  const manifest = await printedManifest({ [LOCAL_SAMPLE_FLAG]: "1" });
  ok(manifest.outgoing_domains?.includes(SAMPLE_LOGS_HOST), "Slack's local runtime allows it");
  ok(manifest.outgoing_domains!.length <= 10);
  const elements = formElements(manifest);
  ok(elements.environment.enum?.includes("production"), "the sample's environments are offered");
  const choices = elements.source?.enum;
  ok(choices === undefined || choices.includes("sample"), "the sample source is offered");
});

Deno.test("manifest: the icon is a 512×512 PNG", async () => {
  const manifest = await printedManifest();
  const png = await Deno.readFile(join(ROOT, manifest.icon));
  deepStrictEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], "PNG signature");
  const view = new DataView(png.buffer, png.byteOffset);
  deepStrictEqual([view.getUint32(16), view.getUint32(20)], [512, 512]);
});

Deno.test("hookManifest strips source_file and keeps everything else", () => {
  deepStrictEqual(
    hookManifest({
      a: 1,
      functions: { f: { source_file: "functions/f/handler.ts", title: "F" } },
    }),
    { a: 1, functions: { f: { title: "F" } } },
  );
});

Deno.test("checkFunctionSources refuses a source file without a default function", async () => {
  await rejects(
    checkFunctionSources({ functions: { excerpt: { source_file: "core/excerpt.ts" } } }),
    /function excerpt: .*core\/excerpt\.ts must default-export the handler function/,
  );
  await checkFunctionSources({
    functions: { scrub_text: { source_file: "functions/scrub_text/handler.ts" } },
  });
});
