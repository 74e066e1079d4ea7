/**
 * A person's name whose components HL7 and DICOM join by `^` (`DOE^JANE`, `Doe^Jane^^^Dr`,
 * `DOE^JANE^^`) under a key naming a person's name, and DICOM's `PatientBirthDate`, are masked
 * as a DICOM toolkit (`PatientName=… PatientBirthDate=…`) or Orthanc's JSON prints them; a date
 * under another DICOM key and a single word under a name key are not.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0xd1c0);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");

const FAMILY = ["Abernathy", "Haraldsen", "Okonkwo", "Vasquez-Ortega", "Zielinski", "Lindqvist"];
const GIVEN = ["Siobhan", "Bongani", "Eberhard", "Folasade", "Tomasz", "Ottoline"];
const names = Array.from({ length: 12 }, (_, i) => {
  const family = pick(FAMILY), given = pick(GIVEN);
  return [
    `${family.toUpperCase()}^${given.toUpperCase()}`,
    `${family}^${given}^${pick(["A", "M", "K"])}^^Dr`,
    `${family.toUpperCase()}^${given.toUpperCase()}^^`,
  ][i % 3];
});
const birthDates = names.map(() => `${int(1940, 2005)}${two(int(1, 12))}${two(int(1, 28))}`);

Deno.test("a ^-joined person's name under a name key and a PatientBirthDate are masked", () => {
  const cases = names.flatMap((name, i) => {
    const dob = birthDates[i];
    const id = String(int(1000000, 9999999));
    return [
      [
        `dcm4che store: PatientName=${name} PatientID=${id} PatientBirthDate=${dob} Modality=CT`,
        name,
      ],
      [
        `dcm4che store: PatientName=${name} PatientID=${id} PatientBirthDate=${dob} Modality=CT`,
        dob,
      ],
      [
        `{"MainDicomTags":{"PatientName":"${name}","PatientBirthDate":"${dob}","PatientSex":"F"}}`,
        name,
      ],
      [
        `{"MainDicomTags":{"PatientName":"${name}","PatientBirthDate":"${dob}","PatientSex":"F"}}`,
        dob,
      ],
      [`order saved patient_name="${name}" ward=4B`, name],
    ];
  });
  deepStrictEqual(cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)), []);
});

Deno.test("a study's date, and one word or a code under a name key, are not a person's", () => {
  const lines = birthDates.flatMap((date) => [
    `dcm4che store: StudyDate=${date} SeriesDate=${date} Modality=MR`,
    `{"MainDicomTags":{"StudyDate":"${date}","InstitutionName":"ACME"}}`,
  ]);
  lines.push("patient_name_format=Family^Given", 'patient_name="ANONYMIZED"');
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
