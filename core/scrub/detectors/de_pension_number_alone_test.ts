/**
 * A German pension insurance number (area, birth date, the birth name's initial, serial, check
 * digit) is masked with no word naming it when its date and check digit hold, and stays with a
 * wrong check digit, an impossible date or area, in lower case, or inside a longer token (an ISO
 * basic time). Values drawn from a seeded stream, check digits computed here.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(2122);
const int = (n: number) => Math.floor(random() * n);
const two = (n: number) => String(n).padStart(2, "0");
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** The check digit of the first eleven characters (eight digits, a capital, two digits). */
function checkDigit(eleven: string): number {
  const twelve = eleven.slice(0, 8) + two(eleven.charCodeAt(8) - 64) + eleven.slice(9);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(twelve[i]) * weights[i];
    sum += (p % 10) + Math.floor(p / 10);
  }
  return sum % 10;
}

/** A number with a random area, birth date, initial and serial, its check digit `shift` off. */
function pensionNumber(shift = 0, day = 1 + int(28), month = 1 + int(12), area = 2 + int(88)) {
  const eleven = two(area) + two(day) + two(month) + two(int(100)) +
    String.fromCharCode(65 + int(26)) + two(int(100));
  return eleven + ((checkDigit(eleven) + shift) % 10);
}

Deno.test("a pension insurance number alone is masked", () => {
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = pensionNumber(0, i % 3 === 0 ? 51 + int(28) : undefined);
    cases.push(
      [v, v],
      [`Numbers: ${v} and more`, v],
      [`{"versicherter":"Erika","ref":"${v}"}`, v],
      [`2025-03-14 10:02:11 INFO antrag ${v} eingegangen`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("the layout with a wrong check digit, date or area, or inside a token, stays", () => {
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    lines.push(
      `antrag ${pensionNumber(1 + int(9))} eingegangen`,
      `antrag ${pensionNumber(0, 32 + int(18))} eingegangen`,
      `antrag ${pensionNumber(0, undefined, 13 + int(87))} eingegangen`,
      `antrag ${pensionNumber(0, undefined, undefined, 90 + int(10))} eingegangen`,
      `antrag ${pensionNumber().toLowerCase()} eingegangen`,
      `x-amz-date: ${pensionNumber()}00Z`,
      `build ${pensionNumber()}-rc1 and v${pensionNumber()}`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("the character right before the number decides: none of a name or dotted token", () => {
  const kept: string[] = [];
  const masked: [string, string][] = [];
  for (let c = 0x20; c < 0x7f; c++) {
    const v = pensionNumber();
    const before = String.fromCharCode(c);
    const line = `antrag ${before}${v} eingegangen`;
    // After `/` it is a path's segment (`/persons/<number>/`), read as other ids there are.
    if (/[A-Za-z0-9.-]/.test(before)) kept.push(line);
    else masked.push([line, v]);
  }
  deepStrictEqual(changed(kept), []);
  deepStrictEqual(leaksOf(masked), []);
});
