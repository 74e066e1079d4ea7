/**
 * An international number right after a name and a colon, no blank between (`Phone:+4479…`: Go's
 * `%+v` of a struct, a map's `key:value`, a form decoded from `phone:%2B…`) is a number as after
 * `phone: ` (./pii_contact.ts phone-number); a colon after a digit or a colon's other uses
 * (`12:30`, `host:8443`, `id:0044…` without its `+`) still end nothing there.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const NUMBERS = ["+447380511248", "+49 30 58892386", "+1 765-877-9167", "+33 6 12 48 90 37"];

const LINES: ((n: string) => string)[] = [
  (n) => `cfg: &{Host:db01 Phone:${n} Port:5432}`,
  (n) => `user=map[name:bob mobile:${n} active:true]`,
  (n) => `Customer{id=42, PHONE:${n}}`,
  (n) => `level=debug cfg=map[host:db01 telefon:${encodeURIComponent(n)} port:5432]`,
];

LINES.forEach((line, i) => {
  const number = NUMBERS[i % NUMBERS.length];
  const text = line(number);
  Deno.test(`a number after a name and a colon: ${text}`, () => {
    const out = scrub(text);
    ok(out.includes("[REDACTED:phone-number]"), out);
    ok(!out.includes(number.replace(/ /g, "").slice(-7)), out);
  });
});

Deno.test("a number after a name and a colon: other colons stay as they were", () => {
  for (
    const line of [
      "at 12:30:45 +0100 the job ran",
      "connect db01:5432 ok",
      "ratio 3:+1 expected",
      "id:00441234 done",
    ]
  ) strictEqual(scrub(line), line);
});
