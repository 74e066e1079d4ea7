import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { ScrubTextFunction } from "./definition.ts";
import { MAX_STRING_VALUE_BYTES } from "../../slack/limits.ts";
import handler from "./handler.ts";

const { createContext } = SlackFunctionTester(ScrubTextFunction);

const AWS_KEY = "AKIAQ3EGUSBKHZXWJ4PN";
const GITHUB_PAT = "ghp_R8kLm2Xq9TzW4vB7nC1sD5fG3hJ6kL0pQ2wE";

Deno.test("scrub_text masks secrets and reports counts and a summary", async () => {
  const text = `deploy key ${AWS_KEY} pushed with token ${GITHUB_PAT}\nsecond line`;
  const result = await handler(createContext({ inputs: { text } }));
  strictEqual(result.error, undefined);
  const outputs = result.outputs!;
  ok(!outputs.text.includes(AWS_KEY) && !outputs.text.includes(GITHUB_PAT), outputs.text);
  ok(outputs.text.includes("[REDACTED:aws-access-key-id]"));
  ok(outputs.text.endsWith("\nsecond line"), "unchanged text stays as it was");
  const counts: Record<string, number> = JSON.parse(outputs.masked_counts);
  strictEqual(counts["aws-access-key-id"], 1);
  ok(Object.values(counts).reduce((a, b) => a + b, 0) >= 2, "both secrets counted");
  ok(/AWS access key ID/.test(outputs.masked_summary), outputs.masked_summary);
  ok(outputs.masked_summary.endsWith("masked"));
});

Deno.test("scrub_text leaves clean text alone and says nothing was masked", async () => {
  const result = await handler(createContext({ inputs: { text: "GET /health 200 3ms" } }));
  deepStrictEqual(result.outputs, {
    text: "GET /health 200 3ms",
    masked_counts: "{}",
    masked_summary: "nothing masked",
  });
});

Deno.test("scrub_text refuses text over Slack's 4000-byte limit without echoing it", async () => {
  const text = `${AWS_KEY} ${"é".repeat(MAX_STRING_VALUE_BYTES / 2)}`;
  const result = await handler(createContext({ inputs: { text } }));
  strictEqual(result.outputs, undefined);
  ok(/at most 4000 bytes/.test(result.error!), result.error);
  ok(/Split it/.test(result.error!));
  ok(!result.error!.includes(AWS_KEY));
});

Deno.test("scrub_text reports a missing or non-string text as an input error", async () => {
  for (const inputs of [{}, { text: 42 }]) {
    // deno-lint-ignore no-explicit-any
    const result = await handler(createContext({ inputs: inputs as any }));
    strictEqual(result.outputs, undefined);
    strictEqual(result.error, "Give the text to scrub.");
  }
});

Deno.test("scrub_text refuses output that placeholders grew past 4000 bytes", async () => {
  // 190 keys of 20 chars (≈ 3990 bytes with separators) become 28-char placeholders.
  const keys = Array.from(
    { length: 190 },
    (_, i) => `AKIAQ3EGUSBKHZXW${String(i).padStart(4, "0")}`,
  );
  const text = keys.join(" ");
  ok(new TextEncoder().encode(text).length <= MAX_STRING_VALUE_BYTES);
  const result = await handler(createContext({ inputs: { text } }));
  strictEqual(result.outputs, undefined);
  ok(/scrubbed text has \d+ bytes, more than Slack's 4000/.test(result.error!), result.error);
  ok(!keys.some((key) => result.error!.includes(key)));
});
