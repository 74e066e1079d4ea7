/**
 * A Dash address (`X…`: Base58Check of a 20-byte hash with version byte 0x4c) is masked as a
 * Litecoin or Dogecoin one is, with or without a word naming it; one with a character changed
 * (its checksum fails) stays. Addresses generated here from seeded bytes.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { BASE58_ALPHABET as B58, base58CheckEncode } from "../checksums/base58_encode.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xda5);
const scrubber = createScrubber();
const dashAddress = () =>
  base58CheckEncode(Uint8Array.from([0x4c, ...Array.from({ length: 20 }, () => random.int(256))]));

Deno.test("a Dash address is masked in a log line, named or not", () => {
  const left: string[] = [];
  for (let k = 0; k < 40; k++) {
    const address = dashAddress();
    deepStrictEqual(address[0], "X", address);
    for (
      const line of [
        `withdrawal of 1.25 to ${address} queued`,
        `{"payout_address":"${address}","amount":"0.5"}`,
        `tip=${address} ok`,
      ]
    ) {
      if (scrubber.scrub(line).text.includes(address)) left.push(line);
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("an X… run whose Base58Check checksum fails is kept", () => {
  const masked: string[] = [];
  for (let k = 0; k < 40; k++) {
    const address = dashAddress();
    const i = 5 + random.int(address.length - 5);
    const changed = address.slice(0, i) + B58[(B58.indexOf(address[i]) + 1 + random.int(56)) % 58] +
      address.slice(i + 1);
    const line = `withdrawal of 1.25 to ${changed} queued`;
    if (scrubber.scrub(line).text !== line) masked.push(line);
  }
  deepStrictEqual(masked, []);
});
