/**
 * PostgreSQL's unique-violation detail names the column and quotes the value as
 * `Key (national_id)=(…) already exists.` (found by ../corpus/pii_ids17.jsonl): a generic
 * identity-number key joined to its value by `)=(` is read as after `=`, so a value passing a
 * national rule is masked. A value no rule accepts, or a key that names no identifier, is kept.
 * Values are seeded digits, kept when the scrubber's own rules accept them.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { peselValid, turkeyTcknValid } from "../checksums/national_ids.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(2305);
const digits = (n: number) =>
  Array.from({ length: n }, () => String(Math.floor(random() * 10))).join("");
/** Eleven digits `valid` accepts. */
function eleven(valid: (v: string) => boolean): string {
  for (;;) {
    const v = String(1 + Math.floor(random() * 9)) + digits(10);
    if (valid(v)) return v;
  }
}
const detail = (key: string, v: string) =>
  `ERROR:  duplicate key value violates unique constraint "uq_${key}"\n` +
  `DETAIL:  Key (${key})=(${v}) already exists.`;

Deno.test("a national id in a unique-violation detail under a generic key is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (const key of ["national_id", "id_number", "tax_id"]) {
      for (const v of [eleven(turkeyTcknValid), eleven(peselValid)]) {
        if (scrub(detail(key, v)).includes(v)) leaks.push(detail(key, v));
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a value no rule accepts, or a key naming no identifier, is kept", () => {
  const changed: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (const text of [detail("national_id", digits(5)), detail("order_id", eleven(peselValid))]) {
      if (scrub(text) !== text) changed.push(text);
    }
  }
  deepStrictEqual(changed, []);
});
