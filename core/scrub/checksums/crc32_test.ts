/** CRC-32 against its published check value, and the base62 token checksum of GitHub and npm. */
import { ok, strictEqual } from "@node/assert";
import { base62Check, base62Crc32Valid, crc32 } from "./crc32.ts";
import { seededRandom } from "../corpus/token_generator.ts";

/** Seeded (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eec2);

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function randomBase62(length: number): string {
  const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
  return [...bytes].map((b) => BASE62[b % 62]).join("");
}

Deno.test("crc32 gives the standard check value of the CRC-32/ISO-HDLC catalogue", () => {
  strictEqual(crc32("123456789"), 0xcbf43926);
  strictEqual(crc32(""), 0);
  strictEqual(crc32("a"), 0xe8b7be43);
});

Deno.test("base62Check pads to 6 digits and spells the largest CRC in 6", () => {
  strictEqual(base62Check(0), "000000");
  strictEqual(base62Check(61), "00000z");
  strictEqual(base62Check(62), "000010");
  strictEqual(base62Check(0xffffffff), "4gfFC3");
});

Deno.test("base62Crc32Valid accepts a generated token body and refuses any one change", () => {
  for (let n = 0; n < 50; n++) {
    const random = randomBase62(30);
    const body = random + base62Check(crc32(random));
    ok(base62Crc32Valid(body), body);
    const i = n % body.length;
    const changed = body.slice(0, i) + (body[i] === "A" ? "B" : "A") + body.slice(i + 1);
    ok(!base62Crc32Valid(changed), changed);
  }
  ok(!base62Crc32Valid("000000"));
  ok(!base62Crc32Valid(""));
});
