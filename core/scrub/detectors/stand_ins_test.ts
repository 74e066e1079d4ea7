/**
 * Documentation stand-ins of provider tokens stay (EXAMPLE, obviously sequential random
 * parts), issued-looking tokens and values assigned to secret names are still masked, and a
 * valid GitHub / npm checksum decides over every look.
 */
import { ok, strictEqual } from "@node/assert";
import { hasSequentialRandomPart, isSequential, randomPart, saysExample } from "./stand_ins.ts";
import { base62Check, crc32 } from "../checksums/crc32.ts";
import { scrubberFor } from "../scrubber.ts";
import { defaultPolicy } from "../policy_defaults.ts";

const scrub = (text: string) => scrubberFor(defaultPolicy()).scrub(text).text;

Deno.test("isSequential: one ascending run through digits and letters, at least 8 long", () => {
  for (
    const run of [
      "abcdefghijklmnop",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij",
      "1234567890abcdef",
      "0123456789ABCDEF",
      "uvwxyz0123456789",
      "XYZabcdefg",
    ]
  ) ok(isSequential(run), run);
  for (
    const random of [
      "abcdefg", // too short to judge
      "abcdefghijabcdefghij", // starts over: not one run
      "abcd1234abcd1234",
      "wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO",
      "aaaaaaaaaaaa",
      "abcdefgh-ijkl",
    ]
  ) ok(!isSequential(random), random);
});

Deno.test("randomPart is the last run of letters and digits, trailing symbols skipped", () => {
  strictEqual(randomPart("ghp_abc123XYZ"), "abc123XYZ");
  strictEqual(randomPart("xoxb-1-2-Tail99=="), "Tail99");
  strictEqual(randomPart("sig=abc%3D"), "3D");
  strictEqual(randomPart("---"), "");
});

Deno.test("stand-in judgements look at the random part only", () => {
  ok(saysExample("AKIAIOSFODNN7EXAMPLE"));
  ok(saysExample("sk_live_example0000abcd"));
  ok(!saysExample("https://example.webhook.office.com/path/Zq81Lm0Pxw"));
  ok(hasSequentialRandomPart("AKIA1234567890ABCDEF"), "a glued prefix of up to 4 is skipped");
  ok(hasSequentialRandomPart("xoxb-1-2-abcdefghijklmnopqrstuvwx"));
  ok(!hasSequentialRandomPart("sq0csp-ABCDEFGHIJK_LMNOPQRSTUVWXYZ-0123456789\\abcd"));
  ok(!hasSequentialRandomPart("ghp_ID9sJRDEVPxl2gE5W9UbrQ2R9KBS7G9LvLL0"));
});

Deno.test("documented and sequential provider tokens stay; issued-looking ones are masked", () => {
  const kept = [
    "aws_access_key_id AKIAIOSFODNN7EXAMPLE in the docs",
    "the docs show ghp_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij as a token",
    "see hf_abcdefghijklmnopqrstuvwxyzABCDEFGH in the guide",
    "stripe key sk_live_1234567890abcdefghijklmn (placeholder)",
    "slack: xoxb-123456789012-1234567890123-ABCDEFGHIJKLMNOPQRSTUVWX",
  ];
  for (const line of kept) strictEqual(scrub(line), line);
  const masked = [
    "aws_access_key_id AKIAQ3EGUOAHU7VIXMVZ in the logs",
    "the logs show ghp_SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr as a token",
    "see 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 in the logs",
    // Assigned to a secret name, a value saying EXAMPLE was still configured by someone.
    'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
  ];
  for (const line of masked) ok(scrub(line).includes("[REDACTED:"), line);
});

/** A GitHub-format token body: 30 characters and their base62 CRC-32. */
const withChecksum = (random: string) => random + base62Check(crc32(random));

Deno.test("a valid GitHub or npm checksum masks a token that would look like a stand-in", () => {
  // Without a checksum, each of these is refused: one is sequential, one has low entropy.
  const lookalikes = [
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaabaaaaab",
  ];
  for (const prefix of ["ghp_", "gho_", "ghs_", "npm_"]) {
    for (const body of lookalikes) {
      const unchecked = `the docs show ${prefix}${body} here`;
      strictEqual(scrub(unchecked), unchecked);
      const issued = `the docs show ${prefix}${withChecksum(body.slice(0, 30))} here`;
      ok(scrub(issued).includes("[REDACTED:"), issued);
    }
  }
});
