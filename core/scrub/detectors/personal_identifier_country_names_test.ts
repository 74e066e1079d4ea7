/**
 * A national identity number under its own country's name for it (`cnp`, `egn`, `oib`, `jmbg`,
 * `isikukood`, `kennitala`, `amka`, `cnic`, `emirates_id`, `iqama`, `cedula`,
 * `hkid` …) and a visa's number (`visa_number`, `visaNo`) are masked in the syntaxes logs write a
 * key in; a bare `visa` (the card network) and these names inside longer words are not keys.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x1d6);
const digits = (n: number) =>
  Array.from({ length: n }, (_, i) => Math.floor(random() * (i === 0 ? 9 : 10)) + (i === 0 ? 1 : 0))
    .join("");

/** Each name as one key spelling, and a value in its country's layout (only its digits matter here). */
const NAMED: [string, () => string][] = [
  ["cnp", () => digits(13)],
  ["EGN", () => digits(10)],
  ["oib", () => digits(11)],
  ["jmbg", () => digits(13)],
  ["isikukood", () => digits(11)],
  ["asmens_kodas", () => digits(11)],
  ["rodneCislo", () => `${digits(6)}/${digits(4)}`],
  ["kennitala", () => `${digits(6)}-${digits(4)}`],
  ["AMKA", () => digits(11)],
  ["taj_number", () => digits(9)],
  ["mykad", () => `${digits(6)}-${digits(2)}-${digits(4)}`],
  ["nik", () => digits(16)],
  ["cnic_no", () => `${digits(5)}-${digits(7)}-${digits(1)}`],
  ["emiratesId", () => `784-${digits(4)}-${digits(7)}-${digits(1)}`],
  ["iqama_number", () => digits(10)],
  ["numero_cedula", () => digits(10)],
  ["HKID", () => `Z${digits(6)}`],
  ["svnr", () => digits(10)],
  ["visa_number", () => digits(8)],
  ["visaNo", () => `R${digits(7)}`],
  ["visa_foil_number", () => digits(9)],
];

/** A key and its value as a log writes them, by the line's syntax. */
const SYNTAXES: ((k: string, v: string) => string)[] = [
  (k, v) => `{"order_id":"o-${digits(5)}","${k}":"${v}","status":"verified"}`,
  (k, v) => `time=2026-11-03T10:22:41Z level=info ${k}=${v} kyc=passed`,
  (k, v) => `<Applicant><${k}>${v}</${k}></Applicant>`,
  (k, v) => `UPDATE applicants SET ${k} = '${v}' WHERE id = ${digits(4)};`,
  (k, v) => `payload={'${k}': '${v}', 'channel': 'web'}`,
  (k, v) => `Applicant(${k}=${v}, status=pending)`,
  (k, v) => `upsert %{${k}: "${v}", tenant: "eu"}`,
];

Deno.test("a national identity number under its country's name for it, and a visa's number, are masked", () => {
  const cases = NAMED.flatMap(([key, value]) =>
    SYNTAXES.map((syntax) => {
      const v = value();
      return [syntax(key, v), v];
    })
  );
  deepStrictEqual(cases.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});

Deno.test("the card network's `visa`, and the names inside longer words, name no identity number", () => {
  const lines = [
    "visa 3ds v2 ok",
    '{"visa":{"last4":"4242"},"mastercard":{"last4":"4444"}}',
    "visa: 2 attempts, mastercard: 1",
    "visa_type=B1/B2 status=issued",
    "third=3 bird=2 onion=4 taji=7",
    `req=${digits(8)}-cccd-4${digits(3)}-9cac-${digits(12)}`,
  ];
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("a count after a short name is no identifier: values of fewer than four characters stay", () => {
  const lines = [
    "Nik, 3 items in cart",
    "hotel=Taj 5 stars",
    "OIB 4 of 7 checks done",
    "student 3 of 20 joined",
    "cnp: 12 retries",
  ];
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
