/** The `scrub` command end to end, as a subprocess (built-in detectors). */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "scrub.ts");
const APP_POLICY_FILE = join(dirname(SCRIPT), "..", "config", "scrub_policy.json");
const AWS_KEY = "AKIAUOAHU7VIXMVZJSZJ";
/** How long a test waits for output the command owes it before failing (not a speed check). */
const OUTPUT_WAIT_MS = 30_000;

async function runScrub(args: string[], stdin: Uint8Array | string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--allow-read", SCRIPT, ...args],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).spawn();
  const writer = child.stdin.getWriter();
  try {
    await writer.write(typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin);
    await writer.close();
  } catch (error) {
    // A command that stops early (a refused policy, a spent time budget) closes its input
    // before reading all of it; what it wrote and its exit code are what the tests look at.
    if (!(error instanceof Deno.errors.BrokenPipe)) throw error;
  }
  const { code, stdout, stderr } = await child.output();
  return {
    code,
    stdout: new TextDecoder().decode(stdout),
    stderr: new TextDecoder().decode(stderr),
  };
}

/** The scrub command with stdin left open, its output read as it arrives. */
function startScrub(args: string[] = []) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--allow-read", SCRIPT, ...args],
    stdin: "piped",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const writer = child.stdin.getWriter();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let received = "";
  let ended = false;
  /** Reads until `text` holds `count` newlines or stdout ends; false when OUTPUT_WAIT_MS pass. */
  async function readUntil(count: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(resolve, OUTPUT_WAIT_MS, "timeout");
    });
    try {
      while (!ended && received.split("\n").length - 1 < count) {
        const chunk = await Promise.race([reader.read(), timeout]);
        if (chunk === "timeout") return false;
        if (chunk.done) ended = true;
        else received += chunk.value;
      }
      return true;
    } finally {
      clearTimeout(timer);
    }
  }
  return {
    write: (text: string) => writer.write(new TextEncoder().encode(text)),
    /** The next `count` lines, while stdin stays open; fails if they do not come. */
    async lines(count: number): Promise<string> {
      if (!await readUntil(count)) {
        throw new Error(
          `no ${count} scrubbed line(s) on stdout within ${OUTPUT_WAIT_MS / 1000} s while stdin ` +
            `stayed open: the command holds complete lines back (got ${JSON.stringify(received)})`,
        );
      }
      let at = -1;
      for (let i = 0; i < count; i++) at = received.indexOf("\n", at + 1);
      const lines = received.slice(0, at + 1);
      received = received.slice(at + 1);
      return lines;
    },
    /** Closes stdin and returns the rest of stdout and the exit code. */
    async finish(): Promise<{ rest: string; code: number }> {
      await writer.close();
      if (!await readUntil(Infinity)) throw new Error("stdout did not end after stdin closed");
      return { rest: received, code: (await child.status).code };
    },
    /** Ends the process if a test failed half way (a no-op after finish). */
    async stop(): Promise<void> {
      if (!ended) {
        try {
          child.kill();
        } catch { /* already gone */ }
        await reader.cancel().catch(() => {});
      }
      await writer.close().catch(() => {});
      await child.status;
    },
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

Deno.test("scrub CLI: lines are written while the input stays open (tail -f), never a partial line or raw key block", async () => {
  const pem = "MIIEpAIBAAKCAQEAq7VfL3kT9wXz2mN8cR4pJ6yH1sD5gB0vE7uK3oW9iQ2aZ8tC";
  const input = [
    `key ${AWS_KEY}\nnext ${AWS_KEY.slice(0, 10)}`,
    `${AWS_KEY.slice(10)} end\n`,
    `-----BEGIN RSA PRIVATE KEY-----\n${pem}\n${pem.slice(0, 40)}\n`,
    "-----END RSA PRIVATE KEY-----\nafter\n",
  ];
  const scrub = startScrub();
  try {
    await scrub.write(input[0]);
    strictEqual(await scrub.lines(1), "key [REDACTED:aws-access-key-id]\n");
    // The unfinished line was held back: the key cut in two is masked once it is complete.
    await scrub.write(input[1]);
    strictEqual(await scrub.lines(1), "next [REDACTED:aws-access-key-id] end\n");
    // An open key block: each line is written masked, before the block's end arrives.
    await scrub.write(input[2]);
    strictEqual(await scrub.lines(3), "[REDACTED:private-key-block]\n".repeat(3));
    await scrub.write(input[3]);
    const { rest, code } = await scrub.finish();
    strictEqual(code, 0);
    strictEqual(rest, "[REDACTED:private-key-block]\nafter\n");
  } finally {
    await scrub.stop();
  }
  const whole = await runScrub([], input.join(""));
  strictEqual(
    whole.stdout,
    "key [REDACTED:aws-access-key-id]\nnext [REDACTED:aws-access-key-id] end\n" +
      "[REDACTED:private-key-block]\n".repeat(4) + "after\n",
    "streamed in pieces or read at once, the output is the same",
  );
});

Deno.test("scrub CLI: lines are written while input trickles in without a pause", async () => {
  const scrub = startScrub();
  let writing = true;
  const writer = (async () => {
    // A line every few milliseconds, far from filling a batch. (On a machine so loaded that a
    // gap exceeds the command's hold time, this shows only that lines are not kept for a batch.)
    for (let n = 0; writing && n < 20_000; n++) {
      await scrub.write(`tick ${n} ${AWS_KEY}\n`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  try {
    strictEqual(await scrub.lines(1), "tick 0 [REDACTED:aws-access-key-id]\n");
  } finally {
    writing = false;
    await writer;
    await scrub.stop();
  }
});

Deno.test("scrub CLI: --help and -h print the usage, the line limit and the policy file on stdout", async () => {
  for (const flag of ["--help", "-h"]) {
    const { code, stdout, stderr } = await runScrub([flag], "");
    strictEqual(code, 0, stderr);
    strictEqual(stderr, "");
    for (const part of ["usage:", "--policy FILE", "--report", "65536", "oversized-line"]) {
      ok(stdout.includes(part), `${flag} mentions ${part}`);
    }
    ok(stdout.includes("config/scrub_policy.json"), "points at the app's policy file");
  }
});

Deno.test("scrub CLI: the app's policy file (config/scrub_policy.json) works with --policy", async () => {
  const { code, stdout, stderr } = await runScrub(
    ["--policy", APP_POLICY_FILE],
    `upload with ${AWS_KEY}\n`,
  );
  strictEqual(code, 0, stderr);
  strictEqual(stdout, "upload with [REDACTED:aws-access-key-id]\n");
});
