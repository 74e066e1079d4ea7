/**
 * A JSON document carried as a string inside a JSON log line (a webhook body, a queued message)
 * has its quotes escaped: `{\"phone\":\"612345678\"}`, `{\"ssn\": \"536 90 4399\"}` as Python's
 * json.dumps spaces them. A value named by its key there is masked as in plain JSON: a phone
 * number, a bare MAC address, a spaced SSN (also as a whole escaped-quoted field). Numbers under
 * keys that name no phone (`phone_id`, `call_duration_ms`) stay. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xe5c);
const scrubber = createScrubber();
const digits = (n: number) => random.chars(n, "0123456789");
const nonZero = () => random.chars(1, "123456789");

/** `{"key":"value"}` once escaped, in a log line's `body`, as JavaScript or Python prints it. */
const carried = (key: string, value: string, python: boolean) =>
  python
    ? `{"level":"info","body":"{\\"id\\": ${
      digits(4)
    }, \\"${key}\\": \\"${value}\\", \\"ok\\": true}"}`
    : `{"level":"info","body":"{\\"${key}\\":\\"${value}\\",\\"source\\":\\"webhook\\"}"}`;

/** A US SSN an issuer could give: area 001–665 or 667–899, group and serial not zero. */
function ssn(): string[] {
  let area = "666";
  while (area === "666" || area === "000") area = String(1 + random.int(899)).padStart(3, "0");
  return [
    area,
    String(1 + random.int(99)).padStart(2, "0"),
    String(1 + random.int(9999)).padStart(4, "0"),
  ];
}

Deno.test("a value named by its key in escaped JSON is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    const phones = [
      `6${digits(8)}`,
      `0${nonZero()}${digits(1)} ${digits(3)} ${digits(4)}`,
      `${nonZero()}${digits(3)} ${digits(4)}`,
      `0${nonZero()} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    ];
    const mac = random.chars(12, "0123456789abcdef");
    const [area, group, serial] = ssn();
    const cases: [string, string][] = [
      ...phones.map((
        p,
      ): [string, string] => [random.pick(["phone", "mobile", "msisdn", "tel"]), p]),
      [random.pick(["mac", "mac_address", "client_mac"]), mac],
      [random.pick(["ssn", "social_security_number"]), `${area} ${group} ${serial}`],
      ["tax_id", `${area} ${group} ${serial}`],
    ];
    for (const [key, value] of cases) {
      for (const python of [false, true]) {
        const line = carried(key, value, python);
        if (scrubber.scrub(line).text.includes(value)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a number under a key that names no phone stays in escaped JSON", () => {
  const changed: string[] = [];
  for (let k = 0; k < 30; k++) {
    for (
      const [key, value] of [
        ["phone_id", `${nonZero()}${digits(7)}`],
        ["call_duration_ms", `${nonZero()}${digits(7)}`],
        ["sms_count", `${nonZero()}${digits(8)}`],
      ]
    ) {
      for (const python of [false, true]) {
        const line = carried(key, value, python);
        if (scrubber.scrub(line).text !== line) changed.push(line);
      }
    }
  }
  deepStrictEqual(changed, []);
});
