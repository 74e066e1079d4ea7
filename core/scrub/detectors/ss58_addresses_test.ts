/**
 * Polkadot, Kusama and generic Substrate addresses (SS58: a one-byte network prefix, 0, 2 or 42,
 * the 32-byte public key, and the first two bytes of blake2b-512 over `SS58PRE`, the prefix and
 * the key, in Base58), encoded here from seeded bytes: masked under a wallet or address key as
 * Solana's are; the same value under another key, or 34 or 36 bytes under a wallet key, stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createHash } from "node:crypto";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { base58Encode as base58 } from "../checksums/base58_encode.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x558);
const scrubber = createScrubber();
const bytes = (n: number) => Array.from({ length: n }, () => random.int(256));

/** An SS58 address of network `prefix` (0 Polkadot `1…`, 2 Kusama, 42 Substrate `5…`). */
function ss58(prefix: number): string {
  const body = [prefix, ...bytes(32)];
  const digest = createHash("blake2b512").update(Uint8Array.from([
    ...new TextEncoder().encode("SS58PRE"),
    ...body,
  ])).digest();
  return base58([...body, digest[0], digest[1]]);
}

Deno.test("a Polkadot, Kusama or Substrate address under a wallet or address key is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (const address of [ss58(0), ss58(2), ss58(42)]) {
      for (
        const line of [
          `INFO withdraw.svc asset=DOT network=dot address=${address} amount=4.40164960`,
          `payout_address=${address}`,
          `{"msg":"record updated","wallet":"${address}","req_id":"ed9c35256db89222"}`,
          `  Wallet: ${address}`,
        ]
      ) {
        if (scrubber.scrub(line).text.includes(address)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("an SS58-length value under another key, or 34 or 36 bytes under a wallet key, stays", () => {
  const masked: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (
      const line of [
        `wallet sync blockhash=${ss58(0)} slot=${random.int(1e9)}`,
        `{"wallet":"main","extrinsicHash":"${ss58(42)}"}`,
        `wallet=${base58([1 + random.int(255), ...bytes(33)])} signed`,
        `wallet=${base58([1 + random.int(255), ...bytes(35)])} signed`,
      ]
    ) {
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});
