/**
 * An X12 837 claim's segments about a person are masked to the segment's end: the name (and
 * member id) of an NM1 of entity type 1, an N3 address line, a DMG birth date, whether the
 * segments run on one line (`~` between them), one a line, or inside a JSON string. A payer's or
 * a provider organisation's NM1 (type 2), the claim's own segments and its service dates stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x837);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join("");
const upper = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + int(0, 25))).join("");

const FAMILY = ["HARALDSEN", "PAPADAKIS", "OKONKWO", "ZIELINSKI", "FONSECA", "NAKASHIMA"];
const GIVEN = ["EBERHARD", "FOLASADE", "SIOBHAN", "TOMASZ", "ILSE", "KWABENA"];
const STREETS = ["BIRCHWOOD LANE", "MAPLE RIDGE DR", "ASHGROVE CRES", "HAWTHORNE AVE"];

/** One claim's person segments and the values each must not leak. */
function claim(): { segments: string[]; values: string[] } {
  const family = pick(FAMILY), given = pick(GIVEN), member = `${upper(3)}${digits(9)}`;
  const street = `${int(10, 9899)} ${pick(STREETS)}`;
  const dob = `${int(1940, 2005)}${two(int(1, 12))}${two(int(1, 28))}`;
  return {
    segments: [
      `NM1*${pick(["IL", "QC"])}*1*${family}*${given}****MI*${member}`,
      `N3*${street}`,
      `N4*AUSTIN*TX*78704`,
      `DMG*D8*${dob}*${pick(["F", "M"])}`,
      `CLM*${digits(8)}*${int(50, 900)}.00***11:B:1*Y*A*Y*I`,
    ],
    values: [family, given, member, street, dob],
  };
}

Deno.test("an 837's person segments are masked on one line, one a line and in a JSON string", () => {
  const leaks: string[] = [];
  for (let i = 0; i < 12; i++) {
    const { segments, values } = claim();
    const texts = [
      `ST*837*0001*005010X222A1~${segments.join("~")}~SE*12*0001~`,
      segments.join("\n"),
      JSON.stringify({ level: "debug", edi: `${segments.join("~")}~` }),
    ];
    for (const text of texts) {
      const out = scrubber.scrub(text).text;
      leaks.push(...values.filter((v) => out.includes(v)));
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a payer's or an organisation's NM1, the claim's segments and dates stay", () => {
  const lines = Array.from({ length: 8 }, () =>
    [
      `NM1*PR*2*BLUE CROSS ${upper(2)}*****PI*${digits(5)}`,
      `NM1*85*2*${upper(5)} CLINIC*****XX*${digits(10)}`,
      `CLM*${digits(8)}*${int(50, 900)}.00***11:B:1*Y*A*Y*I`,
      `DTP*472*D8*2026${two(int(1, 12))}${two(int(1, 28))}`,
      `SV1*HC:99213*${int(50, 300)}*UN*1***1`,
    ].join("~") + "~");
  lines.push(`boss hit DMG*${int(2, 9)} crit`);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
