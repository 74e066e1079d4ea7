/** The `scrub` command end to end, as a subprocess (built-in detectors). */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "scrub.ts");

async function runScrub(args: string[], stdin: Uint8Array | string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--allow-read", SCRIPT, ...args],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin);
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  return {
    code,
    stdout: new TextDecoder().decode(stdout),
    stderr: new TextDecoder().decode(stderr),
  };
}

async function withPolicy(policy: string, run: (file: string) => Promise<void>) {
  const file = await Deno.makeTempFile({ suffix: ".json" });
  try {
    await Deno.writeTextFile(file, policy);
    await run(file);
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("scrub CLI: a line in, a line out, final newline kept, custom pattern masked, report", async () => {
  const policy = JSON.stringify({
    customPatterns: [{
      id: "acme-ticket",
      pattern: "ACME-\\d{6}",
      keywords: ["acme-"],
      kind: "secret",
    }],
  });
  await withPolicy(policy, async (file) => {
    for (const ending of ["\n", ""]) {
      const input = `plain line\r\nticket ACME-123456 opened\n\nlast${ending}`;
      const { code, stdout, stderr } = await runScrub(["--policy", file, "--report"], input);
      strictEqual(code, 0, stderr);
      strictEqual(stdout, `plain line\r\nticket [REDACTED:acme-ticket] opened\n\nlast${ending}`);
      deepStrictEqual(JSON.parse(stderr), { counts: { "acme-ticket": 1 } });
    }
  });
});

Deno.test("scrub CLI: invalid UTF-8 is replaced, never a crash", async () => {
  const input = new Uint8Array([0x61, 0xff, 0xfe, 0x62, 0x0a, 0xc3]);
  const { code, stdout } = await runScrub([], input);
  strictEqual(code, 0);
  strictEqual(stdout, "a\uFFFD\uFFFDb\n\uFFFD");
});

Deno.test("scrub CLI: exit 2 with a clear message for bad flags and bad policy files", async () => {
  const bad = await runScrub(["--frobnicate"], "x");
  strictEqual(bad.code, 2);
  ok(bad.stderr.includes("unknown argument") && bad.stderr.includes("usage:"), bad.stderr);
  strictEqual(bad.stdout, "");

  const missing = await runScrub(["--policy", "/nonexistent/policy.json"], "x");
  strictEqual(missing.code, 2);
  ok(missing.stderr.includes("cannot read the policy file"), missing.stderr);

  await withPolicy("{ not json", async (file) => {
    const r = await runScrub(["--policy", file], "x");
    strictEqual(r.code, 2);
    ok(r.stderr.includes("not valid JSON"), r.stderr);
  });
  await withPolicy(
    JSON.stringify({ customPatterns: [{ id: "evil", pattern: "(hunter2+)+$", kind: "secret" }] }),
    async (file) => {
      const r = await runScrub(["--policy", file], "x");
      strictEqual(r.code, 2);
      ok(r.stderr.includes("customPatterns[0].pattern"), r.stderr);
      ok(!r.stderr.includes("hunter2"), "the pattern is not echoed");
    },
  );
});

Deno.test("scrub CLI: exit 1 and no raw text when scrubbing fails (time budget)", async () => {
  await withPolicy(
    JSON.stringify({
      limits: { timeBudgetMs: 1 },
      customPatterns: [{ id: "slow", pattern: "\\s*x", kind: "secret" }],
    }),
    async (file) => {
      const line = " ".repeat(2000) + "y secret-value-7\n";
      const r = await runScrub(["--policy", file], line.repeat(200));
      strictEqual(r.code, 1, r.stderr);
      ok(r.stderr.includes("budget"), r.stderr);
      ok(!r.stdout.includes("secret-value-7"), "no raw text on stdout");
    },
  );
});
