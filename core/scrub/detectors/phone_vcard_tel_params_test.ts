/**
 * A telephone number on a vCard's TEL line whose parameters stand between `TEL` and its colon
 * (`TEL;TYPE=HOME:`, `TEL;TYPE=CELL,VOICE:`, vCard 2.1's `TEL;WORK;VOICE:`, `TEL;TYPE="voice,home":`)
 * is masked in every layout the bare word `tel:` names it in: with `00`, a trunk `0`, in
 * brackets or bare digits (values generated). Other properties' parameters stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a number after TEL and its vCard parameters is masked", () => {
  const r = new Rand(6061);
  const leaks: string[] = [];
  for (let i = 0; i < 60; i++) {
    const n = r.pick([
      () =>
        `00${r.pick(["48", "351", "90", "66", "60"])} ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
      () => `0${r.range(1, 9)}${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
      () => `(${r.range(2, 9)}${r.digits(2)}) ${r.range(2, 9)}${r.digits(2)}-${r.digits(4)}`,
      () => `1${r.pick(["3", "5", "8"])}${r.digits(9)}`,
      () => `0${r.range(7, 9)}0-${r.digits(4)}-${r.digits(4)}`,
    ])();
    const params = r.pick([
      "TYPE=HOME",
      "TYPE=WORK",
      "TYPE=CELL,VOICE",
      "HOME;VOICE",
      'TYPE="voice,home"',
      "TYPE=WORK;PREF=1",
    ]);
    const line = r.pick([
      `TEL;${params}:${n}`,
      `BEGIN:VCARD\nVERSION:3.0\nFN:Test Person\nTEL;${params}:${n}\nEND:VCARD`,
    ]);
    if (scrubber.scrub(line).text.includes(n)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a vCard's other properties and a TEL line's dates stay", () => {
  const r = new Rand(6062);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    lines.push(
      `REV;VALUE=DATE-AND-OR-TIME:2025${r.range(10, 12)}${r.range(10, 28)}T1${r.range(0, 9)}0000Z`,
      `X-ABUID;TYPE=uid:${r.digits(8)}`,
      `hotel;room=${r.range(100, 999)}: booked ${r.range(10, 28)}.${r.range(10, 12)}.2025`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
