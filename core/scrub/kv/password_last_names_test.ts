/**
 * `last` then another word after a password's name says when (`password_last_set`,
 * `password_last_rotated`): a date, no password; `password_last` alone, a previous password, is
 * still one.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0x1a57);
const int = (n: number) => Math.floor(next() * n);
const pick = <T>(items: readonly T[]) => items[int(items.length)];
const p2 = (n: number) => String(n).padStart(2, "0");
const iso = () =>
  `2026-${p2(1 + int(12))}-${p2(1 + int(28))}T${p2(int(24))}:${p2(int(60))}:${p2(int(60))}Z`;

Deno.test("when a password was last set, changed or rotated is kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 80; k++) {
    const name = pick(["password_last_set", "password_last_rotated", "PASSWORD_LAST_SET"]);
    const line = `${iso()} WARN  auth-service password policy: password_expired=${
      pick(["true", "false"])
    } ${name}=${
      pick([iso(), iso().slice(0, 10), String(1_700_000_000 + int(90_000_000))])
    } failed_attempts=${int(5)}`;
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("a previous password under password_last is still masked", () => {
  const scrubber = createScrubber();
  const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%";
  for (let k = 0; k < 40; k++) {
    const value = Array.from({ length: 10 + int(6) }, () => pick([...CHARS])).join("");
    const line = `password_last=${value} password_new=${value}9`;
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});
