/**
 * A German bank's MT940 statement writes the counterparty in the structured subfields of `:86:`
 * (`?30` its BIC, `?31` its account, `?32` its name), glued: `?30COBADEFFXXX?31DE89…?32…`. The
 * IBAN after `?31` is masked (values generated, mod 97 computed); an IBAN-shaped reference with
 * failing check digits there, and the statement's other fields, stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";
import { ibanValid } from "../checksums/iban.ts";

const scrubber = createScrubber();

/** An IBAN of `country` with a BBAN of `length` digits, its check digits computed (ISO 13616). */
function iban(r: Rand, country: string, length: number): string {
  const bban = r.digits(length);
  const letters = [...country].map((c) => c.charCodeAt(0) - 55).join("");
  const rest = BigInt(bban + letters + "00") % 97n;
  return `${country}${String(98n - rest).padStart(2, "0")}${bban}`;
}

Deno.test("the IBAN after an MT940 `?31` is masked", () => {
  const r = new Rand(9400);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const account = r.pick([
      () => iban(r, "DE", 18),
      () => iban(r, "AT", 16),
      () => iban(r, "LU", 16),
    ])();
    if (!ibanValid(account)) throw new Error(`generator: ${account}`);
    const line = `:86:${r.pick(["166", "152", "835"])}?00${
      r.pick(["GUTSCHR. UEBERWEISUNG", "SEPA-LASTSCHRIFT", "DAUERAUFTRAG"])
    }?10${r.digits(4)}?20SVWZ+RE ${r.digits(7)}?30${
      r.pick(["COBADEFFXXX", "GENODEF1S04", "BKAUATWWXXX"])
    }?31${account}?32${r.pick(["MUSTER GMBH", "A. KOWALSKI"])}?34997`;
    const out = scrubber.scrub(line).text;
    if (out.includes(account)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an MT940 statement's other fields, and a failing IBAN-shaped reference, stay", () => {
  const r = new Rand(9401);
  for (let i = 0; i < 10; i++) {
    const good = iban(r, "DE", 18);
    const bad = good.slice(0, 2) + String((+good.slice(2, 4) + 1) % 100).padStart(2, "0") +
      good.slice(4);
    for (
      const line of [
        `:86:166?00GUTSCHR. UEBERWEISUNG?20EREF+${bad}?30COBADEFFXXX?31${bad}?34997`,
        `:61:261207${r.digits(4)}DR${r.range(1, 999)},${r.digits(2)}NTRFNONREF//${r.digits(16)}`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});
