/**
 * A name under a key that names a person by their role and `name` (`applicant_name`,
 * `EmployeeName`, `dependentName`, `attendee-name`, `guardian_name`, `passenger_name`) is masked;
 * other values under those keys, and a role word without `name` (`employee_id`), stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x7a13);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
const SYLLABLES = ["ka", "ro", "mi", "sel", "dun", "va", "tor", "ley", "ban", "fi", "quo", "nis"];
const word = () => {
  const w = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
  return w[0].toUpperCase() + w.slice(1);
};

Deno.test("a name under a role's name key is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const name = `${word()} ${word()}`;
    const listed = `${word()}, ${word()}`;
    return [
      [`tenant_application id=${int(1, 9999)} applicant_name="${name}" status=pending`, name],
      [`T4 slip employee_name="${listed}" box14=${int(30000, 90000)}.00`, listed],
      [`{"EmployeeName":"${name}","Dept":"${int(100, 999)}"}`, name],
      [`[benefits] dependentName=${name} relationship=child`, name],
      [`ticket.issued seat=A${int(1, 40)} attendee-name: ${name}`, name],
      [`<guardian_name>${name}</guardian_name>`, name],
      [`{"passengerName":"${name}","seat":"${int(1, 40)}C"}`, name],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, name]) => scrubber.scrub(line).text.includes(name)), []);
});

Deno.test("other values under those keys, and role words without name, stay", () => {
  const lines = Array.from({ length: 6 }, () => [
    `tenant_application id=${int(1, 9999)} applicant_name="" status=pending`,
    `{"EmployeeName":null,"Dept":"${int(100, 999)}"}`,
    `{"employee_type":"Full Time","student_status":"Active Enrolled"}`,
    `ticket.issued attendee_name="Guest" seat=A${int(1, 40)}`,
  ]).flat();
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a role's word alone wakes no person-name search: only the role with its name key", async () => {
  const { detectors } = await import("./pii_personal_details.ts");
  const keywords = detectors.find((d) => d.id === "person-name")!.prefilter!.keywords!;
  // `"tenant":` is on every line of a multi-tenant service's log; `student_id` names no name.
  for (const line of ['{"tenant":"acme-eu","student_id":41,"payee":"ACME Ltd"}']) {
    deepStrictEqual(keywords.filter((k) => line.toLowerCase().includes(k)), []);
  }
  for (
    const key of ["tenant_name", "employeename", "attendee-name", "payee.name", "student name"]
  ) {
    deepStrictEqual(keywords.some((k) => key.includes(k)), true, key);
  }
});
