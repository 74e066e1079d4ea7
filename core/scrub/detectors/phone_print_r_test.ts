/**
 * PHP's print_r writes an array's keys in brackets and an arrow before each value (`[mobile] =>
 * 33 6205 8864`): five marks between the phone word and the number. A number a phone key names
 * there is masked as after `mobile: `; a count or id key's number stays (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

const printR = (r: Rand, key: string, value: string) =>
  `Array\n(\n    [id] => ${r.range(1000, 99999)}\n    [${key}] => ${value}\n    [status] => 1\n)`;

/** National numbers with no trunk 0, which only a phone word makes a phone number. */
const number = (r: Rand) =>
  r.pick([
    () => `${r.range(33, 81)} ${r.range(1000, 9999)} ${r.digits(4)}`, // Mexico 33 6205 8864
    () => `${r.range(7, 9)}${r.digits(4)} ${r.digits(5)}`, // India 98765 43210
    () => `${r.range(2, 9)}${r.digits(9)}`, // ten digits
  ])();

Deno.test("a number under a phone key in PHP's print_r is masked", () => {
  const r = new Rand(8811);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const value = number(r);
    const text = printR(
      r,
      r.pick(["mobile_number", "phone", "telephone", "mobile", "contact_phone"]),
      value,
    );
    if (scrubber.scrub(text).text.includes(value)) leaks.push(text);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a number under a phone id or count key in print_r stays", () => {
  const r = new Rand(8812);
  const damaged: string[] = [];
  for (let i = 0; i < 20; i++) {
    const text = printR(
      r,
      r.pick(["phone_id", "phone_count", "mobile_ts", "sms_total"]),
      r.digits(10),
    );
    if (scrubber.scrub(text).text !== text) damaged.push(text);
  }
  deepStrictEqual(damaged, []);
});
