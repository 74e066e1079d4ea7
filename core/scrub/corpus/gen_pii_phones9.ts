/**
 * Writes the phone-number corpus core/scrub/corpus/pii_phones9.jsonl: telephone numbers of many
 * countries built from each plan's layout (calling code, trunk prefix, grouping and leading digits
 * as the national numbering plans publish them, digits drawn at random), written as E.164, in the
 * international format with spaces or dashes and in the national format, under the words people
 * and apps put before them (`phone:`, `sms sent to`, `"phone":"`, `tel=`, `my number is`) and,
 * for layouts only telephone numbers take, with none (a support ticket, a CSV row, a JSON field);
 * and benign look-alikes (versions, timestamps, durations, ports, sizes, counts, case numbers)
 * that must come out unchanged.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_phones9.ts
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii_phones9.jsonl 'deno task -q scrub'
 */
import { Rand } from "./pii_redteam3_values.ts";
import type { CorePiiCase } from "./case_shape.ts";

export const PHONES9_FILE = new URL("./pii_phones9.jsonl", import.meta.url);
const SEED = 20261205;

/**
 * A plan's layout: its calling code, the national number's groups as written at home (`0` for
 * the trunk prefix, `d` for any digit, `n` for 1–9, other characters as written), the groups
 * written after the calling code, and whether the national form names a phone with no word.
 */
interface Layout {
  region: string;
  code: string;
  national: string;
  international: string;
  bare: boolean;
}

const LAYOUTS: Layout[] = [
  {
    region: "FR",
    code: "33",
    national: "0n dd dd dd dd",
    international: "n dd dd dd dd",
    bare: true,
  },
  { region: "DE", code: "49", national: "030 ndddddd", international: "30 ndddddd", bare: true },
  { region: "GB", code: "44", national: "020 ndd dddd", international: "20 ndd dddd", bare: true },
  {
    region: "CH",
    code: "41",
    national: "0nd ddd dd dd",
    international: "nd ddd dd dd",
    bare: true,
  },
  { region: "BE", code: "32", national: "0nd dd dd dd", international: "nd dd dd dd", bare: true },
  { region: "AL", code: "355", national: "0nd ddd ddd", international: "nd ddd ddd", bare: true },
  { region: "NZ", code: "64", national: "0n ddd dddd", international: "n ddd dddd", bare: true },
  {
    region: "RE",
    code: "262",
    national: "0262 dd dd dd",
    international: "262 dd dd dd",
    bare: true,
  },
  { region: "VN", code: "84", national: "09nd ddd ddd", international: "9nd ddd ddd", bare: true },
  { region: "AU", code: "61", national: "04dd ddd ddd", international: "4dd ddd ddd", bare: true },
  {
    region: "JP",
    code: "81",
    national: "090-nddd-dddd",
    international: "90-nddd-dddd",
    bare: true,
  },
  {
    region: "KR",
    code: "82",
    national: "010-nddd-dddd",
    international: "10-nddd-dddd",
    bare: true,
  },
  {
    region: "US",
    code: "1",
    national: "(ndd) ndd-dddd",
    international: "ndd-ndd-dddd",
    bare: true,
  },
  {
    region: "BR",
    code: "55",
    national: "(nd) 9dddd-dddd",
    international: "nd 9dddd-dddd",
    bare: true,
  },
  { region: "ES", code: "34", national: "6dd dd dd dd", international: "6dd dd dd dd", bare: true },
  { region: "PL", code: "48", national: "nd ddd dd dd", international: "nd ddd dd dd", bare: true },
  { region: "PT", code: "351", national: "2d ddd dddd", international: "2d ddd dddd", bare: true },
  { region: "IN", code: "91", national: "9dddd ddddd", international: "9dddd ddddd", bare: false },
  { region: "DK", code: "45", national: "nd dd dd dd", international: "nd dd dd dd", bare: false },
  { region: "NO", code: "47", national: "ndd dd ddd", international: "ndd dd ddd", bare: false },
  { region: "IS", code: "354", national: "ndd dddd", international: "ndd dddd", bare: false },
  { region: "EE", code: "372", national: "ndd dddd", international: "ndd dddd", bare: false },
  { region: "GL", code: "299", national: "nddddd", international: "nddddd", bare: false },
  { region: "FK", code: "500", national: "nddd", international: "ndddd", bare: false },
];

/** A layout's template filled with random digits (`n` is 1–9). */
function fill(r: Rand, template: string): string {
  return template.replace(/[dn]/g, (c) => c === "n" ? String(r.range(1, 9)) : r.digits(1));
}

/** Words before a number that name it a phone. */
const NAMED: ((v: string) => string)[] = [
  (v) => `phone: ${v}`,
  (v) => `2026-03-14T08:12:55.201Z INFO notify sms sent to ${v} status=queued`,
  (v) => `{"user":"u_4412","phone":"${v}","plan":"team"}`,
  (v) => `POST /api/signup 201 tel=${v} locale=de`,
  (v) => `Ticket #51207 from customer: my number is ${v}, the app keeps logging me out`,
  (v) => `Please call me at ${v} tomorrow morning.`,
];
/** No word naming a phone. */
const BARE: ((v: string) => string)[] = [
  (v) => `Ticket 7731 [open] Jane D. ${v} - refund not received`,
  (v) => `id,name,contact,city\n4412,Maria Rossi,${v},Milano`,
  (v) => `{"name":"Jan Novak","emergency":"${v}"}`,
];

export function generatePhones9(seed = SEED): CorePiiCase[] {
  const r = new Rand(seed);
  const cases: CorePiiCase[] = [];
  const pii = (type: string, text: string, value: string) =>
    cases.push({
      id: `ph9-${String(cases.length).padStart(4, "0")}`,
      kind: "pii",
      type,
      tier: "core",
      text,
      secrets: [value],
      expect_unchanged: false,
    });
  for (const l of LAYOUTS) {
    for (let k = 0; k < 4; k++) {
      const intl = fill(r, l.international);
      const forms: [string, string][] = [
        ["e164", `+${l.code}${intl.replace(/\D/g, "")}`],
        ["intl", `+${l.code} ${intl}`],
        ["intl-dash", `+${l.code}-${intl.replace(/ /g, "-")}`],
        ["national", fill(r, l.national)],
      ];
      for (const [form, value] of forms) {
        if (value.replace(/\D/g, "").length < 7 && form === "national") continue;
        pii(`phone:${l.region}:${form}`, r.pick(NAMED)(value), value);
        if (l.bare && (form !== "national" || value.replace(/\D/g, "").length >= 9)) {
          pii(`phone:${l.region}:${form}:bare`, r.pick(BARE)(value), value);
        }
      }
    }
  }
  const benign = (type: string, text: string) =>
    cases.push({
      id: `ph9-${String(cases.length).padStart(4, "0")}`,
      kind: "benign",
      type,
      text,
      secrets: [],
      expect_unchanged: true,
    });
  for (let k = 0; k < 12; k++) {
    const n = (len: number) => `${r.range(1, 9)}${r.digits(len - 1)}`;
    benign(
      "version",
      `deploy v${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 99)} build ${n(8)}.${n(4)} done`,
    );
    benign(
      "timestamp",
      `2026-0${r.range(1, 9)}-1${r.range(0, 9)} 1${r.range(0, 9)}:2${r.range(0, 9)}:0${
        r.range(0, 9)
      }.${r.digits(3)} worker-${r.range(1, 9)} pid=${n(5)} took ${n(4)} ms`,
    );
    benign("port", `listening on *:${n(4)} backlog=${n(4)} maxconn=${n(5)}`);
    benign(
      "count",
      `processed ${n(3)} ${r.digits(3)} ${r.digits(3)} rows; ${n(2)} ${r.digits(3)} rejected`,
    );
    benign(
      "size",
      `uploaded ${n(2)} ${r.digits(3)} ${r.digits(3)} bytes in ${r.range(2, 9)} parts`,
    );
    benign(
      "case-number",
      `invoice 0${r.range(1, 9)}-${r.digits(3)}-${r.digits(4)} paid, case ${n(2)}-${r.digits(4)}-${
        r.digits(4)
      }`,
    );
    benign(
      "duration",
      `duration 0${r.range(1, 9)}:${r.range(10, 59)}:${r.range(10, 59)}.${r.digits(3)} frames ${
        n(6)
      }`,
    );
    benign(
      "spaced-count",
      `batch ${n(3)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} events dropped`,
    );
    benign("epoch", `timestamp=${n(10)} seq=${n(9)} offset=${n(8)}`);
    benign("phone-word-id", `contact ${n(7)} updated, phone_id=${n(10)}, sms latency ${n(9)} ns`);
  }
  // UK mobile and London numbers written unbroken with their trunk 0, and North American numbers
  // with an extension glued to them (`x17`, `EXT204`), each named and bare; beside them, 11-digit
  // runs with a leading 0 that no such range takes, in a path, and a longer run after an `x`.
  for (let k = 0; k < 6; k++) {
    const uk = r.pick([
      "07" + r.pick(["1", "2", "3", "4", "5", "7", "8", "9"]) + "dddddddd",
      "020" + r.pick(["3", "7", "8"]) + "ddddddd",
    ]);
    const unbroken = fill(r, uk);
    pii("phone:GB:national-unbroken", r.pick(NAMED)(unbroken), unbroken);
    pii("phone:GB:national-unbroken:bare", r.pick(BARE)(unbroken), unbroken);
    const us = fill(r, r.pick(["(ndd) ndd-dddd", "(ndd)ndd-dddd", "ndd-ndd-dddd"]));
    const ext = r.pick(["x", "X", "EXT", "ext", "ext.", "x "]) + r.digits(r.range(1, 5));
    pii("phone:US:extension-glued", r.pick(NAMED)(`${us}${ext}`), us);
    pii("phone:US:extension-glued:bare", r.pick(BARE)(`${us}${ext}`), us);
    benign(
      "leading-zero-id",
      `order 076${r.digits(8)} shipped, ref 0${r.range(3, 6)}${r.digits(9)}, GET /items/07${
        r.range(7, 9)
      }${r.digits(8)} 200`,
    );
    benign("x-run", `part ${fill(r, "ndd-ndd-dddd")}x${r.range(1, 9)}${r.digits(5)} in stock`);
  }
  return cases;
}

export function phones9Text(all: readonly CorePiiCase[]): string {
  return all.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const all = generatePhones9();
  await Deno.writeTextFile(PHONES9_FILE, phones9Text(all));
  const count = (k: string) => all.filter((c) => c.kind === k).length;
  console.log(`${all.length} cases: ${count("pii")} personal data, ${count("benign")} benign`);
}
