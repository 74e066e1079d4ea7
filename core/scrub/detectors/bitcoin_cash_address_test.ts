/**
 * Bitcoin Cash CashAddr addresses (bitcoincash.org's `cashaddr.md`), encoded here from seeded
 * bytes: a version byte (0 for P2PKH `q…`, 8 for P2SH `p…`) and a 20-byte hash in 5-bit groups,
 * then eight characters of a 40-bit BCH checksum over the prefix `bitcoincash`, a zero, the
 * payload and eight zeros. Each is masked with or without its prefix where a log writes it; one with
 * a character changed, or a 42-character run of the same alphabet, stays.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xbc4);
const scrubber = createScrubber();
const ALPHABET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
/** The spec's generators, each split in its top 8 bits and low 32 bits. */
const GENERATORS = [
  [0x98, 0xf2bc8e61],
  [0x79, 0xb76d99e2],
  [0xf3, 0x3e5fb3c4],
  [0xae, 0x2eabe2a8],
  [0x1e, 0x4f43e470],
];

/** The spec's PolyMod over 5-bit values, on a 40-bit state kept as 8 high and 32 low bits. */
function polymod(values: readonly number[]): [number, number] {
  let high = 0, low = 1;
  for (const v of values) {
    const top = high >>> 3;
    high = ((high & 7) << 5) | (low >>> 27);
    low = (((low & 0x7ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) {
      if ((top >>> i) & 1) {
        high ^= GENERATORS[i][0];
        low = (low ^ GENERATORS[i][1]) >>> 0;
      }
    }
  }
  return [high, (low ^ 1) >>> 0];
}

/** A CashAddr address of `version` over 20 seeded bytes, without its prefix. */
function cashAddr(version: number): string {
  const bits = [version, ...Array.from({ length: 20 }, () => random.int(256))]
    .map((b) => b.toString(2).padStart(8, "0")).join("").padEnd(170, "0");
  const payload = Array.from({ length: 34 }, (_, i) => parseInt(bits.slice(i * 5, i * 5 + 5), 2));
  const prefix = [..."bitcoincash"].map((c) => c.charCodeAt(0) & 31);
  const [high, low] = polymod([...prefix, 0, ...payload, 0, 0, 0, 0, 0, 0, 0, 0]);
  const check = high.toString(2).padStart(8, "0") + low.toString(2).padStart(32, "0");
  const checksum = Array.from({ length: 8 }, (_, i) => parseInt(check.slice(i * 5, i * 5 + 5), 2));
  return [...payload, ...checksum].map((v) => ALPHABET[v]).join("");
}

/** `text` with one character after its first replaced by another of the alphabet. */
function changed(text: string): string {
  const i = 1 + random.int(text.length - 1);
  return text.slice(0, i) + ALPHABET[(ALPHABET.indexOf(text[i]) + 1 + random.int(31)) % 32] +
    text.slice(i + 1);
}

const lines = (address: string) => [
  `time=2025-11-09T16:33:59.116Z level=info msg="lookup done" wallet=${address} duration_ms=285`,
  `{"msg":"record updated","payout_address":"${address}","req_id":"b6a622ff84ec4c89"}`,
  `[Zendesk] Ticket #504926: customer payout address changed to ${address}; priority=normal`,
  `ERROR [support-desk] wallet: ${address} (attempt 3)`,
  `bch withdrawal queued to ${address}`,
];

Deno.test("a CashAddr address (P2PKH q…, P2SH p…) is masked bare or after bitcoincash:", () => {
  const left: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (const body of [cashAddr(0), cashAddr(8)]) {
      for (const address of [body, `bitcoincash:${body}`]) {
        for (const line of lines(address)) {
          if (scrubber.scrub(line).text.includes(body)) left.push(line);
        }
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a CashAddr-shaped run with a character changed, or a random one, stays", () => {
  const masked: string[] = [];
  for (let k = 0; k < 20; k++) {
    const random42 = random.pick(["q", "p"]) + random.chars(41, ALPHABET);
    for (const value of [changed(cashAddr(0)), `bitcoincash:${changed(cashAddr(8))}`, random42]) {
      for (const line of [`wallet=${value} synced`, `{"to":"${value}","state":"queued"}`]) {
        if (scrubber.scrub(line).text !== line) masked.push(line);
      }
    }
  }
  deepStrictEqual(masked, []);
});

Deno.test("an address this test encodes is the spec's: its own checksum is zero", () => {
  // The encoder's checksum, run again over the whole address, leaves the polymod's 1 (0 after xor).
  const address = cashAddr(0);
  const values = [..."bitcoincash"].map((c) => c.charCodeAt(0) & 31);
  deepStrictEqual(polymod([...values, 0, ...[...address].map((c) => ALPHABET.indexOf(c))]), [0, 0]);
});
