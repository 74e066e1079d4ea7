/**
 * A CEF event's custom field labelled with a secret key's name (`cs1Label=password … cs1=v`,
 * the field before or after its label, after a blank or the header's last `|`) holds that key's
 * value: to the next extension key or the line's end (a CEF value may hold blanks). Fields
 * labelled otherwise, an empty field, a label without its field and a label inside another
 * value stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
/** A seeded generator (mulberry32), so that every run tests the same values. */
let seed = 0x0cef;
const next = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const made = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join("") + "!9";
const HEAD = "CEF:0|Acme|Gateway|2.1|401|Login failed|5|";

Deno.test("a custom field labelled with a secret key's name is masked", () => {
  for (
    const [field, label] of [["cs1", "password"], ["cs4", "api_key"], [
      "flexString2",
      "clientSecret",
    ]]
  ) {
    const value = made(14);
    for (
      const line of [
        `${HEAD}suser=bob shost=gw01 ${field}Label=${label} ${field}=${value}`,
        `${HEAD}${field}=${value} ${field}Label=${label} suser=bob`,
        `${HEAD}${field}Label=${label} ${field}=${value} and more words suser=bob`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(value), out);
      ok(out.includes("suser=bob"), out);
      ok(out.includes(`${field}Label=${label}`), out);
    }
  }
});

Deno.test("what no secret label names stays", () => {
  const value = made(14);
  for (
    const line of [
      `${HEAD}cs1Label=sha256 cs1=${value} suser=bob`,
      `${HEAD}cs1Label=password cs1= suser=bob`,
      `${HEAD}cs1Label=password suser=bob cs2=${value}`,
      `${HEAD}msg=xcs1Label=password cs1x=${value}`,
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
