/**
 * Cosmos SDK chains' account addresses (`cosmos1…`, `osmo1…`, `terra1…`, BNB Beacon Chain's `bnb1…`)
 * and Cardano Shelley addresses (`addr1…` over BIP-173's 90 characters, `stake1…`) are masked
 * when their Bech32 checksum holds, named or not; one with a character changed, or written in
 * Bech32m, stays. Addresses encoded here from seeded bytes, as BIP-173 and BIP-350 specify.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";
import { bech32Encode } from "../corpus/pii_locales7_ids.ts";

const random = seededRandom(0xb3c2);
const scrubber = createScrubber();
const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const bytes = (n: number) => Array.from({ length: n }, () => random.int(256));
const encode = (hrp: string, data: number[], constant = 1) => bech32Encode(hrp, data, [], constant);

const addresses = (constant = 1) => [
  encode(
    random.pick(["cosmos", "osmo", "terra"]),
    bytes(random.pick([20, 32])),
    constant,
  ),
  encode("addr", [0x01, ...bytes(56)], constant),
  encode("addr", [0x61, ...bytes(28)], constant),
  encode("stake", [0xe1, ...bytes(28)], constant),
  // BNB Beacon Chain (Binance's Cosmos SDK chain): a 20-byte account under `bnb`.
  encode("bnb", bytes(20), constant),
];

Deno.test("a Cosmos or Cardano address with a valid Bech32 checksum is masked, named or not", () => {
  const left: string[] = [];
  for (let k = 0; k < 25; k++) {
    for (const address of addresses()) {
      for (
        const line of [
          `withdrawal of 12.5 to ${address} queued`,
          `{"recipient":"${address}","amount":"3"}`,
          `tx from=${address} ok`,
        ]
      ) {
        if (scrubber.scrub(line).text.includes(address)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a chain address with a character changed, or in Bech32m, is kept", () => {
  const masked: string[] = [];
  for (let k = 0; k < 25; k++) {
    for (const address of addresses()) {
      const i = address.indexOf("1") + 1 + random.int(address.length - address.indexOf("1") - 1);
      const other = CHARSET[(CHARSET.indexOf(address[i]) + 1 + random.int(31)) % 32];
      const changed = address.slice(0, i) + other + address.slice(i + 1);
      const line = `withdrawal to ${changed} queued`;
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
    for (const address of addresses(0x2bc830a3)) {
      const line = `withdrawal to ${address} queued`;
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});
