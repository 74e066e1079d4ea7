/**
 * Entropy and partial masks at their edges: the empty string has none, characters from U+0080
 * on count like ASCII ones (generated strings against a count of their characters); a value
 * shows its last four letters or digits only from 12 of them.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { shannonEntropy } from "./entropy.ts";
import { Masker } from "./mask.ts";

const random = seededRandom(0xe27);

/** Entropy from the counts of each distinct character. */
function expected(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

Deno.test("entropy: 0 for the empty string; ASCII, U+007F, U+0080 and past counted alike", () => {
  strictEqual(shannonEntropy(""), 0);
  const alphabet = ["a", "b", "~", "\u007f", "\u0080", "\u0081", "é", "例", "\u00ff", "0"];
  for (let k = 0; k < 500; k++) {
    const s = Array.from({ length: 1 + random.int(30) }, () => random.pick(alphabet)).join("");
    const got = shannonEntropy(s);
    strictEqual(Math.abs(got - expected(s)) < 1e-9, true, `${JSON.stringify(s)}: ${got}`);
  }
  strictEqual(shannonEntropy("\u0080a"), 1);
  strictEqual(shannonEntropy("\u0080\u0080"), 0);
});

Deno.test("a partial mask shows the last four letters or digits from 12 of them on", () => {
  const masker = new Masker(new Uint8Array(32));
  for (let length = 8; length <= 16; length++) {
    const digits = random.chars(length, "0123456789");
    const value = digits.replace(/(\d{4})(?=\d)/g, "$1 ");
    const out = masker.mask("payment-card", "partial", value);
    strictEqual(
      out,
      length >= 12 ? `[REDACTED:payment-card …${digits.slice(-4)}]` : "[REDACTED:payment-card]",
      value,
    );
  }
});
