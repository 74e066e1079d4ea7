/**
 * A UK postcode written in small letters (`london sw1a 1aa`, `"postcode": "ec1a 1bb"`) is read as
 * one in capitals is, on a line about a postcode or an address (uk-postcode); one whose letters
 * mix cases, or with no such word before it (a pod's or a node's name), stays.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { ukPostcodeValid } from "../checksums/national_ids.ts";

const scrubber = createScrubber();

function postcodes(seed: number, count: number): string[] {
  const random = seededRandom(seed);
  const letter = () => "ABCDEFGHJKLMNOPRSTUWY"[Math.floor(random() * 21)];
  const found: string[] = [];
  while (found.length < count) {
    const area = random() < 0.5 ? letter() : letter() + letter();
    const district = String(1 + Math.floor(random() * 9)) + (random() < 0.3 ? letter() : "");
    const code = `${area}${district} ${Math.floor(random() * 10)}${letter()}${letter()}`;
    if (ukPostcodeValid(code)) found.push(code.toLowerCase());
  }
  return found;
}

Deno.test("a postcode in small letters after a postcode or address word is masked", () => {
  const forms = [
    (p: string) => `postcode: ${p}`,
    (p: string) => `{"post_code": "${p}", "country": "GB"}`,
    (p: string) => `deliver to 12 high street, london ${p}`,
    (p: string) => `billing address updated: 4 mill lane, leeds ${p}`,
  ];
  postcodes(2421, 16).forEach((postcode, i) => {
    const line = forms[i % forms.length](postcode);
    strictEqual(scrubber.scrub(line).text.includes(postcode), false, line);
  });
});

Deno.test("small-letter postcode shapes with no such word, or in mixed case, stay", () => {
  for (const postcode of postcodes(2422, 6)) {
    const mixed = postcode[0].toUpperCase() + postcode.slice(1);
    for (
      const line of [
        `pod web-${postcode.replace(" ", "-")} restarted`,
        `node ${postcode} ready`,
        `postcode: ${mixed}`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});
