/**
 * A UK postcode with no word naming it, in capitals, spaced or not: masked when its area is one of
 * Royal Mail's and its district and inward code are as ukPostcodeValid allows; an area that is
 * none, lower case, an inward letter never used, or the same shape inside a path, a base64 run or
 * a dashed token stays. Values drawn from the dev kit's seeded generator.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const random = seededRandom(29);
const AREAS = "B E G L M N S W AB CF DN EC EH GU KT LS NE NW OX PO SW TW WC YO".split(" ");
/** Two-letter pairs no postcode area is, each letter allowed where it stands. */
const NO_AREAS = "AA AZ BC EB GA JA KB MZ NA PY RA SZ UA WZ YA ZA".split(" ");
const INWARD = "ABDEFGHJLNPQRSTUWXYZ";

function postcode(area = random.pick(AREAS), spaced = random.next() < 0.6): string {
  // The area N's unspaced (`N19UW`) reads as a US aircraft's registration: see the test below.
  if (area === "N") spaced = true;
  const district = String(1 + random.int(9)) +
    (area.length === 2 && random.next() < 0.3 ? "0" : "");
  let inward = String(random.int(10)) + random.chars(2, INWARD);
  // An inward code that reads as a size (`5GB`) is left alone (see the test below).
  while (/[EGPTYZ]B$/.test(inward)) inward = String(random.int(10)) + random.chars(2, INWARD);
  return area + district + (spaced ? " " : "") + inward;
}

Deno.test("a capital UK postcode of a real area is masked with no word naming it", () => {
  const leaks: string[] = [];
  for (let i = 0; i < 60; i++) {
    const value = postcode();
    const line = random.pick([
      `${value}`,
      `parcel for ${value} delivered`,
      `{"to":"${value}"}`,
      `moved from ${postcode()} to ${value}`,
    ]);
    if (scrubber.scrub(line).text.includes(value)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("another area, lower case, a letter never used inward, or a glued token stays", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const value = postcode(random.pick(AREAS), true);
    lines.push(
      `ref ${postcode(random.pick(NO_AREAS))}`,
      `ref ${value.toLowerCase()}`,
      `ref ${value.slice(0, -1)}${random.pick([..."CIKMOV"])}`,
      `cursor ab+Zb/${value.replace(" ", "")}`,
      `build-${value}`,
      `v1.${value.replace(" ", "")}`,
    );
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("a size after a name that looks like an area and district stays (S3 5GB, EC2 4TB)", () => {
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const area = random.pick(AREAS) + String(1 + random.int(9));
    const size = String(random.int(10)) + random.pick([..."EGPTYZ"]) + "B";
    lines.push(`upload to ${area} ${size} limit`, `${area} ${size}`, `{"tier":"${area} ${size}"}`);
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});

Deno.test("a US aircraft registration (N-number) stays; the area N spaced is a postcode", () => {
  const lines: string[] = [];
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const tail = "N" + String(1 + random.int(9)) + String(random.int(100)) +
      random.chars(2, "ABCDEFGHJKLMNPQRSTUVWXYZ");
    lines.push(
      `{"hex":"a1b2c3","flight":"${tail}","t":"C172"}`,
      `aircraft ${tail} landed runway 28R`,
      `ACARS ${tail} MSG 31`,
    );
    const value = postcode("N", true);
    const line = random.pick([`parcel for ${value} delivered`, `{"to":"${value}"}`]);
    if (scrubber.scrub(line).text.includes(value)) leaks.push(line);
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
  deepStrictEqual(leaks, []);
});
