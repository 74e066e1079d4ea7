/**
 * An identifier after a service's or device's registration, as macOS and iOS unified logs print
 * it (`[com.apple.IDS:Registration] Registration 5E2D1A64 …`, a registration's UUID), is no
 * vehicle's plate: eight or more hex digits in one run, or a UUID's first group, stay; plates
 * after the same words are still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0x5e2d1a64);
const pick = (alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
const HEX = "0123456789ABCDEF";
/** Hex digits with at least one letter and one digit, as a plate would need. */
const hexId = (n: number) => {
  for (;;) {
    const id = pick(HEX, n);
    if (/[A-F]/.test(id) && /\d/.test(id)) return id;
  }
};
const uuid = () => [8, 4, 4, 4, 12].map((n) => hexId(n)).join("-");
const stamp = () => `2026-11-0${1 + Math.floor(next() * 9)} 14:22:05.${pick("0123456789", 6)}-0800`;
const pid = () => String(100 + Math.floor(next() * 900));

Deno.test("a registration's hex id or UUID in unified log lines is kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 60; k++) {
    for (
      const line of [
        `${stamp()}  localhost identityservicesd[${pid()}]: [com.apple.IDS:Registration] Registration ${
          hexId(8)
        } for service com.apple.madrid finished with status 0`,
        `${stamp()}  localhost identityservicesd[${pid()}]: [com.apple.IDS:Registration] registration ${uuid()} state changed to Registered`,
        `iPhone SpringBoard(SpringBoardFoundation)[${pid()}] <Notice>: com.example.app registration ${
          hexId(8 + 8 * Math.floor(next() * 3))
        } accepted`,
        `${stamp()}  localhost findmydeviced[${pid()}]: Registration for device ${uuid()} accepted`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("plates after registration are still masked", () => {
  const scrubber = createScrubber();
  const LETTERS = "ABCDEFGHJKLMNPRSTVWXY";
  for (let k = 0; k < 60; k++) {
    const plate = [
      `${pick(LETTERS, 2)}${pick("0123456789", 2)} ${pick(LETTERS, 3)}`,
      `${pick(LETTERS, 2)}${pick("0123456789", 2)}${pick(LETTERS, 3)}`,
      `${pick(LETTERS, 2)}-${pick("0123456789", 3)}-${pick(LETTERS, 2)}`,
      `${pick("0123456789", 4)}${pick("BCDF", 3)}`,
    ][k % 4];
    const text = scrubber.scrub(`vehicle registration: ${plate} (owner on file)`).text;
    ok(!text.includes(plate), `${plate}: ${text}`);
  }
});
