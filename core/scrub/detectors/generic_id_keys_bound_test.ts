/**
 * National numbers under generic keys (`id_number=`, `national_id:` …): every key up to the
 * bound is read, and past it the rest of the line is masked unread rather than passed; a line
 * that reached the bound leaves nothing behind for the next line; a Korean resident number
 * needs its check digit here.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { matchDetector } from "../match.ts";
import { southAfricaIdValid, thailandTninValid } from "../checksums/national_ids.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { detectors } from "./pii_generic_ids.ts";

const GENERIC = detectors.find((d) => d.id === "national-id-generic-key")!;
const scrubber = createScrubber();
const BSNS = ["111222333", "123456782"]; // valid Dutch BSNs (11-test)

Deno.test("every national number under a generic key is masked, however many keys a line holds", () => {
  for (const count of [1, 15, 16, 17, 18, 40]) {
    const line = Array.from({ length: count }, (_, i) => `id_number=${BSNS[i % 2]}`).join(" ");
    const { text, counts } = scrubber.scrub(line);
    for (const bsn of BSNS) ok(!text.includes(bsn), `${count} keys: ${text.slice(-120)}`);
    // the first 16 are read, from the 17th key on the rest of the line is masked unread
    strictEqual(counts["national-id-generic-key"], Math.min(count, 16), `${count} keys`);
    strictEqual(counts["scrub-limit"] ?? 0, count > 16 ? 1 : 0, `${count} keys`);
  }
  // a value with a one-character group: a Spanish DNI with its letter after a dash
  ok(!scrubber.scrub("id_number=12345678-Z ok").text.includes("12345678"));
});

Deno.test("a line that reached the bound on keys leaves the next line's keys to be read from its start", () => {
  const long = Array.from({ length: 20 }, (_, i) => `doc_no=${BSNS[i % 2]}`).join(" ");
  matchDetector(GENERIC, long);
  const spans = matchDetector(GENERIC, "id_number=123456782 ok");
  strictEqual(spans.length, 1);
  strictEqual(spans[0].start, "id_number=".length);
});

Deno.test("a Korean resident number under a generic key needs its check digit", () => {
  const random = seededRandom(0x6b72);
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  let checked = 0;
  for (let i = 0; checked < 30; i++) {
    ok(i < 10_000);
    const twelve = "85" + "0704" + "1" + random.chars(5, "0123456789");
    const sum = weights.reduce((a, w, k) => a + w * Number(twelve[k]), 0);
    const check = (11 - (sum % 11)) % 10;
    const wrong = (check + 1 + random.int(9)) % 10;
    const bad = twelve + wrong;
    if (southAfricaIdValid(bad) || thailandTninValid(bad)) continue; // another rule's number
    checked++;
    strictEqual(matchDetector(GENERIC, `id_number=${twelve}${check}`).length, 1, twelve + check);
    strictEqual(matchDetector(GENERIC, `id_number=${bad}`).length, 0, bad);
  }
});
