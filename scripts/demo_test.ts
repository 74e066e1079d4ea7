/** `deno task demo` as a person runs it: a subprocess, its output read as text. */
import { ok, strictEqual } from "@node/assert";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { ROOT } from "./print_manifest.ts";
import { parseFlags } from "./demo.ts";

async function demo(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "demo", ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return { code, stdout: decode(stdout), stderr: decode(stderr) };
}

/** The shapes of the FAKE secrets and personal data the sample log service seeds. */
const SEEDED = {
  "AWS access key": /AKIA[A-Z0-9]{16}/,
  "GitHub token": /ghp_[A-Za-z0-9]{36}/,
  "Slack bot token": /xoxb-\d{12}-\d{13}-/,
  "Stripe key": /sk_live_[A-Za-z0-9]{24}/,
  "email": /[a-z]+\.[a-z]+@example\.com/,
  "phone": /\+1 415 555 01\d\d/,
  "card": /4111 1111 1111 1111|5555555555554444|4242-4242-4242-4242|378282246310005/,
  "IPv4": /203\.0\.113\.\d{1,3}/,
  "password in a URL": /:\/\/[a-z]+:(Hunter|Winter|Dragon)\d{4}!@/,
  "JWT": /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./,
  "private key body": /^\S*[A-Za-z0-9+/]{64}$/m,
};

Deno.test("demo: the leak patterns do match what the sample service seeds (so the checks can fail)", async () => {
  const logs = await startSampleLogService();
  try {
    let raw = "";
    const end = new Date();
    const start = new Date(end.getTime() - 3_600_000);
    for (const service of logs.services) {
      const url = new URL("/v1/logs", logs.url);
      url.search = new URLSearchParams({
        service,
        environment: "production",
        start: start.toISOString(),
        end: end.toISOString(),
        limit: "500",
      }).toString();
      const response = await fetch(url, { headers: { authorization: `Bearer ${logs.token}` } });
      const body = await response.json() as { items: { message: string }[] };
      raw += body.items.map((item) => item.message).join("\n") + "\n";
    }
    for (const [kind, pattern] of Object.entries(SEEDED)) {
      ok(pattern.test(raw), `${kind} not seeded`);
    }
  } finally {
    await logs.stop();
  }
});

for (const service of ["checkout", "auth", "gateway", "billing"]) {
  Deno.test(`demo: ${service} report shows masked placeholders and no seeded secret`, async () => {
    const { code, stdout, stderr } = await demo("--service", service, "--window", "1h");
    strictEqual(code, 0, stderr);
    ok(stdout.includes("✓ step 2: post_debug_report"), stdout.slice(0, 400));
    ok(/Read \d+ lines?: .+ masked\./.test(stdout), stdout.slice(0, 600));
    const account = /Lines: (\d+) read · (\d+) shown/.exec(stdout);
    ok(account, "the report gives one account of the lines");
    ok(stdout.includes(`Read ${account![1]} line`), "the same number of lines read everywhere");
    ok(!/excerpt lines|\(truncated\)|\b1 lines\b|encodeds/.test(stdout), "one wording");
    ok(stdout.includes("Posted to #prod-debug"));
    ok(stdout.includes(`Safe Debug: ${service} (production)`), "the report is rendered");
    ok(/\[REDACTED:[a-z0-9-]+/.test(stdout), "masked placeholders are shown");
    for (const [kind, pattern] of Object.entries(SEEDED)) {
      const leak = pattern.exec(stdout);
      ok(!leak, `${kind} leaked: ${leak?.[0]}`);
    }
  });
}

Deno.test("demo: the report starts with the log insights, built from masked text", async () => {
  const { code, stdout, stderr } = await demo("--service", "auth", "--window", "1h");
  strictEqual(code, 0, stderr);
  const insightsAt = stdout.indexOf("📊 Log insights, counted over all ");
  const excerptAt = stdout.search(/│ \d{4}-\d\d-\d\dT/);
  ok(insightsAt > 0 && insightsAt < excerptAt, "the insights come before the excerpt");
  ok(/By level: \d+ error/.test(stdout), "counts by level");
  ok(/│ [▁▂▃▄▅▆▇█]{10,}\n│ +\^/.test(stdout), "the sparkline, errors marked under it");
  ok(stdout.includes("Top patterns (errors first, then by count):"));
  ok(/• \d+× ERROR `[^`]*<\*>/.test(stdout), "an error pattern first, with <*> for what varies");
  for (const [kind, pattern] of Object.entries(SEEDED)) {
    ok(!pattern.test(stdout), `${kind} leaked`);
  }
});

Deno.test("demo: --excerpt patterns --compare shows one example per pattern and what is new", async () => {
  const { code, stdout, stderr } = await demo(
    "--service",
    "checkout",
    "--excerpt",
    "patterns",
    "--compare",
  );
  strictEqual(code, 0, stderr);
  ok(stdout.includes("New in this window: compared with the same length just before"), stdout);
  ok(/Lines: \d+ read · \d+ shown \(one example per pattern\)/.test(stdout), stdout.slice(0, 900));
  ok(stdout.includes("🔍 The excerpt shows one example line per pattern, errors first"));
  const firstShown = /│ (\S+ [A-Z]+) /.exec(stdout.slice(stdout.lastIndexOf("────")));
  ok(firstShown?.[1].endsWith(" ERROR"), `an error example first: ${firstShown?.[1]}`);
});

Deno.test("demo: ephemeral delivery says who sees it", async () => {
  const { code, stdout } = await demo("--delivery", "ephemeral", "--service", "gateway");
  strictEqual(code, 0);
  ok(stdout.includes("Shown only to @maya.oncall in #prod-debug (ephemeral)."), stdout);
});

Deno.test("demo: --expire moves the clock past the deadline and shows the tombstone", async () => {
  const { code, stdout } = await demo("--expire");
  strictEqual(code, 0, stdout);
  ok(stdout.includes('its trigger ran "Purge expired reports": 1 purged'), stdout);
  const tombstone = stdout.split("in its place:\n")[1] ?? "";
  ok(
    /^\s*Debug report for `checkout` \(`production`\), requested by @maya\.oncall at \d\d:\d\d UTC, expired at \d\d:\d\d UTC and was removed\.\s*$/
      .test(tombstone),
    tombstone,
  );
  const ephemeral = await demo("--expire", "--delivery", "ephemeral");
  strictEqual(ephemeral.code, 0);
  ok(ephemeral.stdout.includes("1 closed (ephemeral)"), ephemeral.stdout);
  ok(ephemeral.stdout.includes("an ephemeral report cannot be deleted"), ephemeral.stdout);
});

Deno.test("demo: a failing step is named with its reason, exit 1", async () => {
  const { code, stdout, stderr } = await demo("--service", "ledger");
  strictEqual(code, 1);
  ok(stdout.includes("✗ step 1: fetch_logs"));
  ok(
    /stopped at step 1 \(fetch_logs\): Could not read the logs: Unknown service "ledger"/.test(
      stderr,
    ),
    stderr,
  );
});

Deno.test("demo: --help documents the flags; bad flags exit 2", async () => {
  const help = await demo("--help");
  strictEqual(help.code, 0);
  for (
    const flag of ["--service", "--window", "--delivery", "--filter", "--source", "--environment"]
  ) {
    ok(help.stdout.includes(flag), flag);
  }
  ok(help.stdout.includes("--excerpt") && help.stdout.includes("--compare"));
  const excerpt = await demo("--excerpt", "all");
  strictEqual(excerpt.code, 2);
  ok(excerpt.stderr.includes("--excerpt must be newest or patterns"), excerpt.stderr);
  const bad = await demo("--delivery", "everyone");
  strictEqual(bad.code, 2);
  ok(bad.stderr.includes("--delivery must be channel or ephemeral"));
  const unknown = await demo("--source", "splunk");
  strictEqual(unknown.code, 2);
  ok(unknown.stderr.includes('--source: no source named "splunk"'), unknown.stderr);
  ok(/or the sample service: (\S+, )*sample\)/.test(unknown.stderr), "names the choices");
});

Deno.test("parseFlags reads --name value and --name=value", () => {
  const flags = parseFlags(["--service", "auth", "--window=2h", "--filter=a=b"]);
  strictEqual(flags.service, "auth");
  strictEqual(flags.window, "2h");
  strictEqual(flags.filter, "a=b");
  const switches = parseFlags(["--compare", "--excerpt", "patterns"]);
  strictEqual(switches.compare, "yes");
  strictEqual(switches.excerpt, "patterns");
  strictEqual(parseFlags([]).compare, undefined);
});
