/**
 * A Spanish company's tax number (NIF of a legal entity, the former CIF: an entity letter, seven
 * digits and a control digit or letter) under a generic tax-id key (`tax_id=`, `"taxId":"`,
 * `tax identification number '…'`, found by ../corpus/pii_ids17.jsonl) is masked as the national
 * ids under those keys are: by its control. The same value with a wrong control under the key,
 * or with the right one under a key that names no identifier, is kept. Values are seeded,
 * kept when the scrubber's own rule accepts (or refuses) them.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { spainCifValid } from "../checksums/registry_ids.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(4217);
const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)];
/** A CIF-shaped value the rule accepts (or, with `valid` false, refuses). */
function cif(valid = true): string {
  for (;;) {
    let v = pick("ABCDEFGHJNPQRSUVW");
    for (let i = 0; i < 7; i++) v += pick("0123456789");
    v += pick("0123456789ABCDEFGHIJ");
    if (spainCifValid(v) === valid) return v;
  }
}

const CARRIERS = [
  (v: string) => `{"requestId":"req_8d1f0a","taxId":"${v}","country":"ES"}`,
  (v: string) => `POST /register body: lang=es&tax_id=${v}&consent=on`,
  (v: string) => `ValidationError: tax identification number '${v}' does not match the registry`,
  (v: string) => `Customer(id=88123, taxId=${v}, status=ACTIVE)`,
];

Deno.test("a Spanish company's NIF under a generic tax-id key is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 10; k++) {
    for (const carrier of CARRIERS) {
      const v = cif();
      if (scrub(carrier(v)).includes(v)) leaks.push(carrier(v));
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a wrong control, or a key naming no identifier, keeps the value", () => {
  const changed: string[] = [];
  for (let k = 0; k < 10; k++) {
    for (
      const line of [CARRIERS[0](cif(false)), CARRIERS[1](cif(false)), `order_ref=${cif()} qty=2`]
    ) {
      if (scrub(line) !== line) changed.push(line);
    }
  }
  deepStrictEqual(changed, []);
});
