/**
 * Address kinds of chains with their own Base58 forms, encoded here from seeded bytes as each
 * chain's specification writes them: Zcash transparent addresses (`t1…` P2PKH, `t3…` P2SH:
 * Base58Check after two version bytes, 0x1CB8 and 0x1CBD). Each is masked where a log writes it;
 * one with a character changed, or another version, stays.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { sha256 } from "../../crypto/sha256.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x2c45);
const scrubber = createScrubber();
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const bytes = (n: number) => Array.from({ length: n }, () => random.int(256));

function base58(data: readonly number[]): string {
  let n = 0n;
  for (const b of data) n = n * 256n + BigInt(b);
  let out = "";
  for (; n > 0n; n /= 58n) out = B58[Number(n % 58n)] + out;
  for (let i = 0; i < data.length && data[i] === 0; i++) out = "1" + out;
  return out;
}

function base58Check(payload: readonly number[]): string {
  const check = sha256(sha256(Uint8Array.from(payload))).subarray(0, 4);
  return base58([...payload, ...check]);
}

/** `text` with one character after its first two replaced by another of the alphabet. */
function changed(text: string): string {
  const i = 2 + random.int(text.length - 2);
  return text.slice(0, i) + B58[(B58.indexOf(text[i]) + 1 + random.int(57)) % 58] +
    text.slice(i + 1);
}

const lines = (address: string) => [
  `withdrawal asset=ZEC amount=1.25 to=${address} status=broadcast`,
  `{"payout_address":"${address}","confirmations":3}`,
  `User pasted ${address} into the support chat`,
  `  address: ${address}`,
];

const zcash = (second: number) => base58Check([0x1c, second, ...bytes(20)]);

Deno.test("a Zcash transparent address (t1 P2PKH, t3 P2SH) is masked wherever it is written", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    for (const address of [zcash(0xb8), zcash(0xbd)]) {
      for (const line of lines(address)) {
        if (scrubber.scrub(line).text.includes(address)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a t1/t3 run with a character changed, or another network's version bytes, is kept", () => {
  const masked: string[] = [];
  for (let k = 0; k < 30; k++) {
    // Testnet's `t2` (0x1CBA) and a version no network uses.
    for (const value of [changed(zcash(0xb8)), changed(zcash(0xbd)), zcash(0xba), zcash(0xb9)]) {
      const line = `job ${value} done`;
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});
