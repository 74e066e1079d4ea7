/**
 * National identifiers the third red-team corpus (../corpus/pii_redteam3.jsonl) found leaking
 * when no word names them, with values generated from each published rule
 * (../corpus/pii_redteam3_values.ts) rather than single samples: a Singapore NRIC/FIN, a Spanish
 * NIE, an Italian codice fiscale, a Swedish personnummer, a Finnish HETU whose
 * check character is a digit, and an Aadhaar number in the `<uid>` element of UIDAI's XML. The
 * same shapes with a wrong check character, or joined to a longer token, stay. (A HETU with a
 * century letter, `121016F954P`, is masked only after a word naming it: a search for it alone
 * would cost about 5 % of the engine's time on a mixed log; a dashed US ITIN, `912-70-1234`, about
 * 2 %.)
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import * as V from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** Lines that name nothing, around a value. */
const NEUTRAL = [
  (v: string) => `{"ts":"2025-07-12T10:24:50.189Z","arg0":"${v}","request_id":"b3167ae514ef13c7"}`,
  (v: string) => `id,created_at,value,status\n38877,2025-12-27T09:14:06.727Z,${v},active`,
  (v: string) => `UPDATE customers SET text = '${v}' WHERE id = 85840`,
  (v: string) => `ERROR [ledger-worker-4] could not parse ${v}; will retry in 13s`,
  (v: string) => `<Customer id="13387"><raw>${v}</raw></Customer>`,
];

const GENERATORS: [string, (r: V.Rand) => string][] = [
  ["nric", V.nric],
  ["nie", V.nie],
  ["codice fiscale", V.codiceFiscale],
];

for (const [name, make] of GENERATORS) {
  Deno.test(`a ${name} with no word naming it is masked in every syntax`, () => {
    const r = new V.Rand(11);
    const cases: [string, string][] = [];
    for (let i = 0; i < 30; i++) {
      const v = make(r);
      for (const line of NEUTRAL) cases.push([line(v), v]);
    }
    deepStrictEqual(leaksOf(cases), []);
  });
}

/** `value` with its last character replaced by another of the same kind: a wrong check. */
function wrongCheck(value: string): string {
  const last = value[value.length - 1];
  const other = /\d/.test(last)
    ? String((Number(last) + 1) % 10)
    : last === "Z"
    ? "A"
    : String.fromCharCode(last.charCodeAt(0) + 1);
  return value.slice(0, -1) + other;
}

Deno.test("the same shapes with a wrong check character or joined to a longer token stay", () => {
  const r = new V.Rand(12);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    for (const [, make] of GENERATORS) {
      const v = make(r);
      lines.push(`ref ${wrongCheck(v)} queued`);
      lines.push(`ref x${v} queued`, `ref ${v}7 queued`);
    }
    lines.push(
      `ref 9${r.digits(2)}-${r.pick(["00", "49", "69", "89", "93"])}-${r.digits(4)} queued`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("an Aadhaar number in the <uid> element of UIDAI's XML is masked; a wrong check stays", () => {
  const r = new V.Rand(13);
  const cases: [string, string][] = [];
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const v = V.aadhaar(r);
    cases.push([
      `<Auth ver="2.5" txn="82eec8a72d44"><uid>${v}</uid><Meta udc="ca930de4"/></Auth>`,
      v,
    ]);
    lines.push(`<Auth ver="2.5" txn="82eec8a72d44"><uid>${wrongCheck(v)}</uid></Auth>`);
  }
  deepStrictEqual(leaksOf(cases), []);
  // (12 digits from 56 on may be a Maestro card's: only Aadhaar's reading is asked about here.)
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text.includes("in-aadhaar")), []);
});

/** Personnummer as written, short (YYMMDD-NNNN) or long for a birth in the 1900s (YYYYMMDD-NNNN). */
function writtenPersonnummer(r: V.Rand): string {
  for (;;) {
    const v = V.personnummer(r, r.int(2) === 1);
    if (v.length === 11 || v.startsWith("19")) return v;
  }
}

/** HETUs of the 1900s `-` form whose check character is a digit. */
function digitCheckHetu(r: V.Rand): string {
  for (;;) {
    const v = V.hetu(r);
    if (v[6] === "-" && /\d/.test(v[10])) return v;
  }
}

for (
  const [name, make] of [
    ["personnummer", writtenPersonnummer],
    ["HETU with a check digit", digitCheckHetu],
  ] as const
) {
  Deno.test(`a ${name} with no word naming it is masked in every syntax`, () => {
    const r = new V.Rand(14);
    const cases: [string, string][] = [];
    for (let i = 0; i < 30; i++) {
      const v = make(r);
      for (const line of NEUTRAL) cases.push([line(v), v]);
    }
    deepStrictEqual(leaksOf(cases), []);
  });
}

Deno.test("dated stamps of this century and dashed numbers of no valid date or check stay", () => {
  const r = new V.Rand(15);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const p = (n: number) => String(n).padStart(2, "0");
    lines.push(
      `deployed build 20${p(r.range(10, 25))}${p(r.range(1, 12))}${p(r.range(1, 28))}-${
        r.digits(4)
      }`,
      `ref ${p(r.range(0, 99))}${p(r.range(13, 19))}${p(r.range(1, 28))}-${r.digits(4)} queued`,
      `ref ${wrongCheck(writtenPersonnummer(r))} queued`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("se-personnummer-alone finds from the separator exactly what its pattern matches", async () => {
  const { detectors } = await import("./pii_national_ids.ts");
  const d = detectors.find((x) => x.id === "se-personnummer-alone")!;
  const r = new V.Rand(16);
  const alphabet = "0123456789-+ .:/a1919";
  for (let i = 0; i < 3000; i++) {
    let line = r.chars(r.range(0, 40), alphabet);
    if (i % 3 === 0) line += writtenPersonnummer(r) + r.chars(r.range(0, 6), alphabet);
    const byPattern = [...line.matchAll(d.pattern)].map((m) => [m.index, m.index + m[0].length]);
    const byFind = d.find!(line).map((c) => [c.start, c.end]);
    deepStrictEqual(byFind, byPattern, line);
  }
});
