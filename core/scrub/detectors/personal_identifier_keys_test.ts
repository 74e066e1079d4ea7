/**
 * Identifiers that only one person holds, under a key that names them (a student's number, an
 * Australian BSB, a Canadian transit number, a SIM's ICCID, a phone's advertising or Android id,
 * a biometric template), in the syntaxes logs write keys in: generated values are masked; counts,
 * other keys' values whose names only start alike, and the ids left out by decision (an
 * employee's, a device's serial or UDID) stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(4417);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const hex = (n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
const base64 = (n: number) =>
  btoa(String.fromCharCode(...Array.from({ length: n }, () => Math.floor(random() * 256))));
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

/** Each key with a value of its kind. */
const KINDS: [string[], () => string][] = [
  [
    ["student_id", "studentNumber", "matriculation_number", "Matrikelnummer"],
    () => `S${digits(7)}`,
  ],
  [["student_number", "student"], () => digits(8)],
  [["bsb", "bsb_number", "BSB"], () => `0${digits(2)}-${digits(3)}`],
  [["transit_number", "branch_transit"], () => `${digits(5)}-00${1 + Math.floor(random() * 9)}`],
  [["iccid", "sim_iccid", "simSerial"], () => `89${digits(17)}`],
  [["idfa", "gaid", "aaid", "advertising_id", "advertisingId"], uuid],
  [["android_id", "androidId"], () => hex(16)],
  [["fingerprint_template", "face_embedding", "voiceprint", "biometricHash"], () => base64(30)],
];
const FORMS = [
  (k: string, v: string) => `{"customer_ref":"C-${digits(6)}","${k}":"${v}","status":"ok"}`,
  (k: string, v: string) => `{"body":"{\\"${k}\\":\\"${v}\\"}"}`,
  (k: string, v: string) => `time=2025-03-13T22:04:16Z level=info ${k}=${v} duration_ms=6`,
  (k: string, v: string) => `<ns2:${k}>${v}</ns2:${k}>`,
  (k: string, v: string) => `GET /api/verify?ref=C-1&${k}=${encodeURIComponent(v)}&lang=en`,
  (k: string, v: string) => `  ${k}: ${v}`,
  (k: string, v: string) => `SELECT id FROM members WHERE ${k} = '${v}' LIMIT 1`,
  (k: string, v: string) => `profile.WARN: ${k}[${v}] rejected`,
  (k: string, v: string) => `    ${k} = '${v}'`,
];
/** The same values as the values of a logged SQL INSERT, under their column's name. */
const INSERT = (k: string, v: string) =>
  `LOG:  statement: INSERT INTO members (id, ${k}, created_at) VALUES (${
    digits(5)
  }, '${v}', now());`;

Deno.test("an identifier under a key naming a person's identifier is masked", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const [keys, value] of KINDS) {
      for (const key of keys) {
        const v = value();
        const out = scrubber.scrub(form(key, v)).text;
        if (out.includes(v) || out.includes(encodeURIComponent(v))) leaks.push(out);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an identifier in a logged SQL INSERT under a column naming it is masked", () => {
  const leaks: string[] = [];
  for (const [keys, value] of KINDS) {
    for (const key of keys) {
      const v = value();
      const out = scrubber.scrub(INSERT(key, v)).text;
      if (out.includes(v)) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("counts and keys that only start like those names stay", () => {
  const benign = [
    "shipments in_transit=4 delivered=12 transit_time_ms=340",
    '{"employees":1200,"employee_count":1200,"student_count":31}',
    "cuda device_id=0 serial_number=0A:1B:2C:3D worker_id=3",
    "emp=4 empty=3 emphasis=2 simd=1",
    "campaign ad_id=23842612 adset=7",
    "k8s: Pod api-bsb6gl79k7-l52gt Started page_token=bsb0aQ3xZ9",
    '{"public_key_fingerprint":"SHA256:DIl8rBsb3dQ1x","hash":"wL6oaD1Bsb7Q","k":"JbnAaID42x"}',
    '{"employee_id":"E317606","cost_center":"6413-8346","fte":1.0}',
    "      Provisioning UDID: 5B2F9E61-0C7A-4D3B-9E8F-1A2B3C4D5E6F",
    "\tDevice Serial Number: 81-18-61-ff-ff-19-27-b5",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});
