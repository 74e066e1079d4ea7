/**
 * A five-digit US ZIP code as the value of a key naming a ZIP or postal code (`"zip":"94107"`,
 * `billing_zip=`, `zipCode=`, `postal_code: `, `<PostalCode>`) is masked, as after `ZIP:` in prose
 * (values generated); a zip tool's counts (`zip: 10240 bytes`), a `gzip` level or size and keys
 * that only start with zip stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a ZIP code under a zip or postal code key is masked", () => {
  const r = new Rand(9410);
  const leaks: string[] = [];
  for (let i = 0; i < 30; i++) {
    const zip = `${r.range(1, 9)}${r.digits(4)}`;
    for (
      const line of [
        `{"order":{"id":${r.digits(9)},"shipping_address":{"city":"Austin","zip":"${zip}"}}}`,
        `kyc.verify result=mismatch zipCode=${zip} applicant=${r.digits(7)}`,
        `billing_zip=${zip} country=US`,
        `postal_code: ${zip}`,
        `<Applicant><PostalCode>${zip}</PostalCode></Applicant>`,
        `{"postalCode": "${zip}", "country": "US"}`,
      ]
    ) if (scrubber.scrub(line).text.includes(zip)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("zip tools' numbers and zip-prefixed keys stay", () => {
  const r = new Rand(9411);
  const lines: string[] = [];
  for (let i = 0; i < 20; i++) {
    const n = `${r.range(1, 9)}${r.digits(4)}`;
    lines.push(
      `zip: ${n} bytes written`,
      `gzip=${n} level=${r.range(1, 9)}`,
      `zip_size=${n} files=${r.range(1, 99)}`,
      `zip code is ${n.slice(0, 4)}`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
