/**
 * A `tel:` link or field glued to a number that logs write with spaces or brackets
 * (`tel:+44 20 7946 0958`, `tel:(415) 555-0132`), not as RFC 3966's URI alone: the number is masked
 * whole; a word ending in `tel:` and short counts after `tel:` stay. Numbers generated from a seed.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x7e1);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join("");
const scrubber = createScrubber();

Deno.test("a spaced or bracketed number glued to tel: is masked whole", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const number = pick([
      () => `+44 20 7946 0${digits(3)}`,
      () => `+1 415 555 01${digits(2)}`,
      () => `+65 9${digits(3)} ${digits(4)}`,
      () => `+49 30 ${digits(8)}`,
      () => `(415) 555-01${digits(2)}`,
      () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    ])();
    const line = pick([
      `helpdesk[${int(30000)}]: tel:${number};src=web`,
      `<a href="tel:${number}">call us</a>`,
      `contact Tel:${number} (office)`,
      `{"contact":"tel:${number}","ok":true}`,
    ]);
    const out = scrubber.scrub(line).text;
    // No group of the number's digits is left.
    if (number.split(/[ ()-]+/).some((group) => group.length > 1 && out.includes(group))) {
      leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("words ending in tel: and short counts after tel: stay", () => {
  const changed: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (
      const line of [
        `hotel:${int(9)} ${int(99)} ${int(99)} ${int(99)} ${int(99)} rooms`,
        `intel:${int(9)} 2 4 8 cores`,
        `tel:${1 + int(98)} retries ${int(9)}`,
        `tel: unknown;src=web`,
      ]
    ) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
