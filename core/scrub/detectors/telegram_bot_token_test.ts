/**
 * A Telegram bot token is the bot's id, `:` and A with 34 URL-safe characters after it as issued,
 * or 33 as Telegram's own docs and tutorial write it: both are masked wherever they stand; a run
 * after `:A` one shorter or longer than those stays.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/** A token whose part after `:A` has `length` characters, from a small seeded generator. */
function tokenOf(seed: number, length: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  const body = Array.from({ length }, () => URL_SAFE[next() % 64]).join("");
  return `${4100000000 + seed * 7919}:A${body}`;
}

const lines = (token: string) => [
  `bot token ${token}`,
  `TELEGRAM_BOT_TOKEN=${token}`,
  `GET https://api.telegram.org/bot${token}/getMe`,
  `{"token":"${token}"}`,
];

Deno.test("a token with 33 or 34 characters after :A is masked", () => {
  for (let seed = 1; seed <= 30; seed++) {
    for (const length of [33, 34]) {
      const token = tokenOf(seed, length);
      for (const line of lines(token)) {
        const out = scrubber.scrub(line).text;
        strictEqual(out.includes(token.slice(12)), false, out);
      }
    }
  }
});

Deno.test("a run after :A of 32 or 35 characters stays", () => {
  for (let seed = 1; seed <= 10; seed++) {
    for (const length of [32, 35]) {
      const line = `id ${tokenOf(seed, length)} done`;
      strictEqual(scrubber.scrub(line).text, line);
    }
  }
});
