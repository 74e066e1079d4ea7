/**
 * Stellar accounts (`G…`, 56 base32 characters, the second A–D) and TON addresses as wallets print
 * them (`EQ…`/`UQ…`, 48 base64url characters, the third A–D) are masked on a line about a wallet,
 * a payout or a transfer; the same runs on a line with no such word (a digest, a blob) stay
 * (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x57e1);
const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)];
const run = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => pick(alphabet)).join("");
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const addresses = Array.from(
  { length: 30 },
  (_, i) =>
    i % 2
      ? `G${pick("ABCD")}${run(BASE32, 54)}`
      : `${pick("EU")}Q${pick("ABCD")}${run(BASE64URL, 45)}`,
);

Deno.test("a Stellar or TON address on a wallet's, payout's or transfer's line is masked", () => {
  const leaks = addresses.flatMap((a, i) => {
    const line = [
      `payout-worker: withdrawal chain=${i % 2 ? "xlm" : "ton"} to_address=${a} status=queued`,
      `{"customer":${i},"payout_wallet":"${a}"}`,
      `please send my toncoin to ${a} thanks`,
    ][i % 3];
    return scrubber.scrub(line).text.includes(a) ? [line] : [];
  });
  deepStrictEqual(leaks, []);
});

Deno.test("the same runs on a line with no wallet word stay", () => {
  const lines = addresses.map((a, i) => `cache ${i} digest ${a} stored`);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
