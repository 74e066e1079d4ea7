/**
 * A Confluent Cloud API secret in its prefixed format (cflt and 60 base64 characters) is masked
 * wherever a log line carries it, also bare on the line below the CLI's `API secret:` label; a
 * cut body, a longer base64 run that holds `cflt`, and an all-x stand-in stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function secrets(seed: number, count: number): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let body = "";
    for (let i = 0; i < 60; i++) body += BASE64[Math.floor(rnd() * BASE64.length)];
    return "cflt" + body;
  });
}

Deno.test("a Confluent Cloud API secret is masked in any line shape", () => {
  for (const secret of secrets(0x5c0f17, 16)) {
    for (
      const text of [
        `=== Confluent Cloud API key ===\n\nAPI key:\nQ7KX2M4TZL9RWB3N\n\nAPI secret:\n${secret}\n`,
        `2026-03-02T11:04:19Z INFO kafka client configured with ${secret} (cluster lkc-7x2q)`,
        `sasl.jaas.config=... username="Q7KX2M4TZL9RWB3N" password="${secret}";`,
        `| Secret | ${secret} |`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(secret.slice(4, 40)), `${text} -> ${out}`);
    }
  }
});

Deno.test("a cut secret, a longer base64 run and an all-x stand-in stay", () => {
  const [secret] = secrets(0x5c0f18, 1);
  for (
    const text of [
      `API secret prefix ${secret.slice(0, 30)}`,
      `blob=QUJD/${secret}Zm9v`,
      "API secret:\ncflt" + "x".repeat(60),
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
