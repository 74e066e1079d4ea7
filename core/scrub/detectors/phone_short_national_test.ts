/**
 * National numbers without a trunk prefix, as small numbering plans write them, after a word
 * naming a phone (values generated across layouts):
 *
 * - `my number is` before a number of eight digits or more (`my number is 6183 4407`);
 * - seven digits in groups (`321 2345`, `729-4185`, `52.14.771`) right after a phone word, as a
 *   local number is written; seven digits unbroken stay (an id after `contact`), and so do grouped
 *   ones no phone word names.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** Digits starting with 2–9 (a subscriber number's first digit). */
const sub = (r: Rand, n: number) => `${r.range(2, 9)}${r.digits(n - 1)}`;

Deno.test("a number after `my number is` is masked, in eight to ten digits", () => {
  const r = new Rand(31);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = r.pick([
      () => `${sub(r, 4)} ${r.digits(4)}`,
      () => `${sub(r, 2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${sub(r, 3)} ${r.digits(3)} ${r.digits(3)}`,
    ])();
    cases.push(
      [`Ticket #${r.digits(5)} from customer: my number is ${v}, the app logs me out`, v],
      [`My number: ${v} (please call after 6)`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("seven digits in groups after a phone word are masked", () => {
  const r = new Rand(32);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = r.pick([
      () => `${sub(r, 3)} ${r.digits(4)}`,
      () => `${sub(r, 3)}-${r.digits(4)}`,
      () => `${sub(r, 3)} ${r.digits(2)} ${r.digits(2)}`,
    ])();
    cases.push(
      [`phone: ${v}`, v],
      [`2024-05-01T10:22:01Z INFO notify sms sent to ${v} status=queued`, v],
      [`customer can be reached on mobile ${v} after 5pm`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("seven digits unbroken, or grouped with no phone word, stay", () => {
  const r = new Rand(33);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    lines.push(
      `contact ${sub(r, 7)} updated`,
      `phone lookup ${sub(r, 7)} rows`,
      `batch ${sub(r, 3)} ${r.digits(4)} flushed`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("`my number` before no number it names stays", () => {
  const r = new Rand(34);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    lines.push(`my number of retries was ${r.range(1, 9)}, job ${sub(r, 9)} done`);
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("five or six digits as the whole value of a phone key are masked", () => {
  const r = new Rand(35);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    // Small plans' layouts: five unbroken, 2-3, 3-3, 3-dash-3, pairs with spaces or dots.
    const v = r.pick([
      () => sub(r, 5),
      () => `${sub(r, 2)} ${r.digits(3)}`,
      () => `${sub(r, 3)} ${r.digits(3)}`,
      () => `${sub(r, 3)}-${r.digits(3)}`,
      () => `${sub(r, 2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${sub(r, 2)}.${r.digits(2)}.${r.digits(2)}`,
    ])();
    cases.push(
      [`2026-03-14T08:12:55Z INFO user updated phone=${v} status=ok`, v],
      [`{"level":"info","msg":"contact saved","phone": "${v}"}`, v],
      [`tel: ${v}`, v],
      [`mobile_no='${v}',`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("five or six digits stay under other words, with a word after them, or under id keys", () => {
  const r = new Rand(36);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const v = sub(r, r.range(5, 6));
    lines.push(
      `contact ${v} updated`,
      `otp ${v} accepted`,
      `mobile: ${v} sessions`,
      `phone_id=${v}`,
      `phone lookup took ${v} ms`,
      `phone=${sub(r, 4)}`,
    );
  }
  deepStrictEqual(changed(lines), []);
});
