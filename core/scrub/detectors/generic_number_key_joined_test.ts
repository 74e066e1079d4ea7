/**
 * The generic `number` key of an identity document (`"number":"…"` in a passport's object,
 * `passport_number=`, `id_card_number=`) reads a value that passes a national rule; a `number`
 * key joined to a word that names no document (`build_number=`, `tracking_number=`) does not,
 * even when a document's word stands earlier on the line (`svc=kyc-api … build_number=…`, found
 * by ../corpus/pii_ids17.jsonl's benign twins). Values are seeded nine-digit numbers the Canadian
 * SIN rule accepts (one of the national rules read under the key).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { canadaSinValid } from "../checksums/national_ids.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(909);
function nine(): string {
  for (;;) {
    let v = String(1 + Math.floor(random() * 7));
    while (v.length < 9) v += String(Math.floor(random() * 10));
    if (canadaSinValid(v)) return v;
  }
}

Deno.test("a number key joined to a word naming no document reads nothing", () => {
  const changed: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (
      const line of [
        `ts=2026-03-14T08:12:55Z svc=kyc-api msg="record checked" build_number=${nine()} ok=1`,
        `msg="license renewed" seats=40 order_number=${nine()}`,
        `{"event":"passport.scan","tracking-number":"${nine()}"}`,
      ]
    ) {
      if (scrub(line) !== line) changed.push(line);
    }
  }
  deepStrictEqual(changed, []);
});

Deno.test("a document's number key still reads a value passing a national rule", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (
      const carrier of [
        (v: string) => `passport_number=${v} status=ok`,
        (v: string) => `id_card_number=${v} status=ok`,
        (v: string) => `residence_permit_number: "${v}"`,
        (v: string) => `{"document":{"type":"national_identity_card","number":"${v}"}}`,
      ]
    ) {
      const v = nine();
      if (scrub(carrier(v)).includes(v)) leaks.push(carrier(v));
    }
  }
  deepStrictEqual(leaks, []);
});
