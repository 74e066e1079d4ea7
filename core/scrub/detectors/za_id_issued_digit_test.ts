/**
 * A South African identity number has 8 or 9 in its twelfth place on every number issued; a
 * 13-digit number whose first six digits read as a date and which passes Luhn, with another digit
 * there, is an epoch in milliseconds (`ts=1705102374009`, 12 January 2024: one in about a hundred
 * of the epochs from mid-November 2023 to mid-April 2024 passed the other checks) or an id, and
 * stays. An identity number beside it is still masked. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { southAfricaIdValid } from "../checksums/national_ids.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x2a1d);
const scrubber = createScrubber();
const digit = () => "0123456789"[Math.floor(random() * 10)];
const two = (n: number) => String(n).padStart(2, "0");

/** A Luhn-valid identity number born on a random day, citizenship 0 or 1, then 8 (as issued). */
function identityNumber(): string {
  for (;;) {
    const body = two(Math.floor(random() * 100)) + two(1 + Math.floor(random() * 12)) +
      two(1 + Math.floor(random() * 28)) + digit() + digit() + digit() + digit() +
      (random() < 0.5 ? "0" : "1") + (random() < 0.9 ? "8" : "9");
    const n = [..."0123456789"].map((d) => body + d).find(luhnValid)!;
    if (southAfricaIdValid(n)) return n;
  }
}

Deno.test("an epoch in milliseconds shaped as an identity number but for its 12th digit stays", () => {
  const wrong: string[] = [];
  let epochs = 0;
  for (let t = 1700000000000 + Math.floor(random() * 9973); t < 1713000000000; t += 1299991) {
    const epoch = String(t);
    if (!southAfricaIdValid(epoch) || /[89]/.test(epoch[11])) continue;
    epochs++;
    const id = identityNumber();
    for (
      const line of [
        `[${epoch}] INFO kyc check started id_number=${id}`,
        `{"createdAt":"${epoch}","sa_id":"${id}"}`,
        `ts=${epoch} event=verified SA ID ${id}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (!out.includes(epoch) || out.includes(id)) wrong.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual([wrong, epochs > 20], [[], true]);
});
