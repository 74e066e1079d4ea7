/**
 * UK driving licence numbers in the DVLA's layout (surname padded with 9, birth decade, month
 * plus 50 for a woman, day, year, initials padded with 9, a digit, two check characters, maybe the
 * issue number), grouped as people write them, on a line naming the DVLA, a licence or a driver
 * anywhere; the same layout with an impossible month or day stays (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);
const LETTERS = [..."ABCDEFGHIJKLMNOPRSTUWY"];
const pad2 = (n: number) => String(n).padStart(2, "0");

function licence(r: Rand, month: number, day: number): string[] {
  const n = r.range(2, 5);
  const surname = Array.from({ length: n }, () => r.pick(LETTERS)).join("").padEnd(5, "9");
  const date = `${r.digits(1)}${pad2(month)}${pad2(day)}${r.digits(1)}`;
  const initials = r.pick(LETTERS) + r.pick([...LETTERS, "9"]);
  const tail = `${initials}${r.digits(1)}${r.pick([...LETTERS, "1", "7"])}${r.pick(LETTERS)}`;
  return [surname, date, tail, pad2(r.range(1, 20))];
}

function written(r: Rand, [surname, date, tail, issue]: string[]): string {
  return r.pick([
    `${surname}${date}${tail}`,
    `${surname}${date}${tail} ${issue}`,
    `${surname} ${date}${tail} ${issue}`,
    `${surname} ${date.slice(0, 3)} ${date.slice(3)} ${tail} ${issue}`,
    `${surname} ${date} ${tail}${issue}`,
  ]);
}

Deno.test("a DVLA licence number on a line naming a licence or the DVLA is masked", () => {
  const r = new Rand(175);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const month = r.range(1, 12) + r.pick([0, 50]);
    const v = written(r, licence(r, month, r.range(1, 28)));
    const lead = r.pick([
      "DVLA record for the applicant: ",
      "driving licence on the claim form reads ",
      "driver record ",
      "licence on file: ",
    ]);
    cases.push([`${lead}${v}, no endorsements`, v]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("the layout with an impossible month or day is no licence number", () => {
  const r = new Rand(176);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const bad = r.pick([[r.range(13, 49), 10], [r.range(63, 99), 10], [5, r.range(32, 99)], [
      5,
      0,
    ]]);
    lines.push(`DVLA driver licence batch ${written(r, licence(r, bad[0], bad[1]))} done`);
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("a 9 before the surname's last letter is no padding", () => {
  const r = new Rand(179);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const [, date, tail, issue] = licence(r, r.range(1, 12), r.range(1, 28));
    const surname = `${r.pick(LETTERS)}${r.pick(LETTERS)}9${r.pick(LETTERS)}${r.pick(LETTERS)}`;
    lines.push(`DVLA driver ${surname}${date}${tail} ${issue}`);
  }
  deepStrictEqual(changed(lines), []);
});
