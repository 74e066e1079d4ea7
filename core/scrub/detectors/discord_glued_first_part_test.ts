/**
 * A Discord bot token whose first part (base64 of the bot's id) has a character or two glued
 * before its M, N or O: the part is 24–26 characters in all, 24 or more from the M/N/O on, and
 * is masked whole. A part longer than 26, or one with no M/N/O in its first three characters,
 * is no token (as before). Values are generated here with a seeded generator.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";
import { detectors } from "./chat.ts";

const random = seededRandom(0xd15c0);
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const NOT_MNO = B64URL.replace(/[MNO-]/g, "");
/** No `-`: a token may start after one (a boundary), so the negatives leave it out. */
const NO_DASH = B64URL.replace("-", "");
const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)];
const chars = (n: number, alphabet = B64URL) =>
  Array.from({ length: n }, () => pick(alphabet)).join("");
const b64url = (text: string) =>
  btoa(text).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
/** Base64 of an 18-digit id: 24 characters starting M, N or O. */
const idPart = () => b64url(String(1 + Math.floor(random() * 9)) + chars(17, "0123456789"));
const rest = () => `.${chars(6)}.${chars(27 + Math.floor(random() * 12))}`;
const scrubber = createScrubber();

Deno.test("a Discord token's first part glued to one or two characters before its M/N/O is masked whole", () => {
  for (let k = 0; k < 200; k++) {
    const id = idPart();
    ok(/^[MNO]/.test(id) && id.length === 24, id);
    const glued = chars(1 + (k % 2), NOT_MNO) + id;
    for (
      const line of [glued + rest(), `token=${glued}${rest()} ok`, `"bot":"${glued}${rest()}"`]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(glued.slice(0, 6)), `${line} -> ${out}`);
      ok(out.includes("[REDACTED:discord-bot-token]"), `${line} -> ${out}`);
    }
  }
});

Deno.test("a first part over 26 characters, or with no M/N/O in its first three, stays", () => {
  for (let k = 0; k < 200; k++) {
    const id = idPart();
    for (
      const part of [
        chars(3, NOT_MNO) + id, // 27 characters
        chars(2, NOT_MNO) + id.slice(0, 1) + chars(25, NO_DASH), // 28 characters
        chars(3, NOT_MNO) + chars(21 + (k % 4), NO_DASH), // 24–27, no M/N/O in the first three
      ]
    ) {
      const line = `${part}${rest()}`;
      strictEqual(scrubber.scrub(line).text, line);
    }
  }
});

Deno.test("the token's line filter finds every token and no M/N/O with three name characters before it", () => {
  const prefilter = detectors.find((d) => d.id === "discord-bot-token")?.prefilter;
  if (prefilter === undefined || !("filter" in prefilter) || prefilter.filter === undefined) {
    throw new Error("discord-bot-token has no line filter");
  }
  const filter = prefilter.filter;
  for (let k = 0; k < 200; k++) {
    const id = idPart();
    // Zero to two characters glued before the M/N/O, after a line start, a blank, `=`, `"` or `-`.
    const glued = chars(k % 3, NOT_MNO) + id;
    const before = ["", " ", "=", '"', "-", "x-"][k % 6];
    const line = `${before}${glued}${rest()}`;
    ok(scrubber.scrub(line).text.includes("[REDACTED:discord-bot-token]"), line);
    ok(filter.test(line), line);
    // Deep in a value: every M/N/O of the 27-character part has three name characters before it.
    const deep = `${chars(3, NOT_MNO)}${id}${rest()}`;
    ok(!filter.test(deep), deep);
  }
});
