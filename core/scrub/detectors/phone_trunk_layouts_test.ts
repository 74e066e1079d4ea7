/**
 * National numbers written with their trunk `0` in groups that only telephone numbers take,
 * with no phone word (values generated across each layout): four then three and three
 * (`0800 123 456`, `0712 345 678`), a UK mobile's five then three and three (`07700 900 123`),
 * Hungary's trunk 06 and two, three and four (`06 30 123 4567`),
 * two then three and four (`03 234 5678`), three or four then
 * pairs (`012 34 56 78`, `0590 27 12 34`), each with spaces between the groups. The same digits
 * with dashes stay when they read as an invoice or case number (`01-123-4567`), and so do counts
 * grouped in threes with no trunk `0`, and three groups of three (`046 454 286`: Albania's and
 * Bosnia's numbers, but also a Canadian SIN's layout, which the recognizers' tests keep when its
 * check fails). With no trunk `0`:
 * spaced layouts no count takes, pairs after a three or a two and three (`612 34 56 78`,
 * `12 345 67 89`), or a four after a two and three (`21 234 5678`), unless a word follows (a count)
 * or more numbers surround them.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** A trunk `0`, then an area or mobile code's first digit 1–9 and `n - 2` more digits. */
const trunk = (r: Rand, n: number) => `0${r.range(1, 9)}${r.digits(n - 2)}`;

Deno.test("trunk-0 national numbers in their groups are masked with no phone word", () => {
  const r = new Rand(41);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = r.pick([
      () => `${trunk(r, 4)} ${r.digits(3)} ${r.digits(3)}`,
      () => `${trunk(r, 2)} ${r.digits(3)} ${r.digits(4)}`,
      () => `${trunk(r, 3)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${trunk(r, 4)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    ])();
    cases.push(
      [`Ticket 7731 [open] Jane D. ${v} - refund not received`, v],
      [`id,name,contact,city\n4412,Maria Rossi,${v},Milano`, v],
      [`{"name":"Jan Novak","emergency":"${v}"}`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a UK mobile in five, three and three is masked with no phone word", () => {
  const r = new Rand(43);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = `07${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`;
    cases.push(
      [`"${r.range(10000, 99999)}","Tomas Yilmaz","${v}","lead"`, v],
      [`Ticket 7731 [open] Jane D. ${v} - refund not received`, v],
      [`{"name":"Jan Novak","emergency":"${v}"}`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("a Hungarian number after its trunk 06 in two, two, three and four is masked", () => {
  const r = new Rand(44);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = `06 ${r.pick(["20", "30", "70", "52", "96"])} ${r.digits(3)} ${r.digits(4)}`;
    cases.push(
      [`| ${r.range(1000, 9999)} | Kovács Anna | ${v} | Budapest |`, v],
      [`Szabó Péter, ${v}, Debrecen`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("the same groups as case numbers or counts stay", () => {
  const r = new Rand(42);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    lines.push(
      // Seoul's `02` takes dashes (`02-123-4567`).
      `invoice 0${r.pick([1, 3, 4, 5, 6, 7, 8, 9])}-${r.digits(3)}-${r.digits(4)} paid`,
      `case ${trunk(r, 3)}-${r.digits(3)}-${r.digits(3)} closed`,
      `processed ${r.range(1, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)} rows`,
      `${trunk(r, 3)} ${r.digits(3)} ${r.digits(3)}`,
      `${trunk(r, 3)} ${r.digits(3)}-${r.digits(3)}`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

/** Digits starting with 1–9 (a national number with no trunk `0`). */
const sub = (r: Rand, n: number) => `${r.range(1, 9)}${r.digits(n - 1)}`;

Deno.test("national numbers with no trunk 0 in spaced pairs or 2-3-4 are masked", () => {
  const r = new Rand(43);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = r.pick([
      () => `${sub(r, 3)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${sub(r, 2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${sub(r, 2)} ${r.digits(3)} ${r.digits(4)}`,
    ])();
    cases.push(
      [`Ticket 7731 [open] Jane D. ${v} - refund not received`, v],
      [`id,name,contact,city\n4412,Maria Rossi,${v},Milano`, v],
      [`{"name":"Jan Novak","emergency":"${v}"}`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("the same groups as counts, or inside a longer run of numbers, stay", () => {
  const r = new Rand(44);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const v = r.pick([
      () => `${sub(r, 3)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `${sub(r, 2)} ${r.digits(3)} ${r.digits(4)}`,
    ])();
    lines.push(
      `processed ${v} rows`,
      `seq ${r.range(1, 9)} ${v}`,
      `ids ${v} ${r.digits(2)}`,
      `dim ${sub(r, 3)} ${r.digits(3)} ${r.digits(3)} done`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("India's trunk 0 and five digits, then five, are masked; other six-digit firsts stay", () => {
  const r = new Rand(45);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const v = `0${r.range(6, 9)}${r.digits(4)} ${r.digits(5)}`;
    cases.push([`attributes: {"enduser.id": "${v}", "http.route": "/v1/account"}`, v]);
    lines.push(
      `rows 0${r.range(1, 9)}${r.digits(4)} ${r.digits(6)} done`,
      `rows 0${r.range(1, 9)}${r.digits(4)}-${r.digits(5)} done`,
    );
  }
  deepStrictEqual(leaksOf(cases), []);
  deepStrictEqual(changed(lines), []);
});

Deno.test("a trunk prefix bracketed with the area code, after a phone word, is masked", () => {
  const r = new Rand(47);
  const cases: [string, string][] = [];
  for (let i = 0; i < 30; i++) {
    const v = r.pick([
      // Hungary: (06 1) for Budapest, (06 2x–9x) elsewhere.
      () => `(06 1) ${r.range(2, 9)}${r.digits(2)} ${r.digits(4)}`,
      () => `(06 ${r.range(22, 99)}) ${r.range(2, 9)}${r.digits(2)} ${r.digits(3)}`,
      // Turkmenistan: (8 12) and pairs.
      () => `(8 ${r.range(12, 99)}) ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`,
      // Kazakhstan: 8, a five-digit area code in brackets, then 1-2-2.
      () => `8 (7${r.digits(4)}) ${r.range(2, 9)} ${r.digits(2)} ${r.digits(2)}`,
    ])();
    cases.push(
      [`phone=${v}`, v],
      [`{"phone": "${v}", "city": "Debrecen"}`, v],
      [`tel: ${v}`, v],
      [`2026-03-14T08:12:55Z WARN voice: missed call from ${v} (ringing 30s)`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
  // With no phone word, or too short for a number, they stay.
  deepStrictEqual(
    changed(["(06 1) 234 5678", "see table (8 12) rows 34-56-78", "phone: (06 1) 234"]),
    [],
  );
});
