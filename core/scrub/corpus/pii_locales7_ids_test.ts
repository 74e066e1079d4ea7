/**
 * The check-digit rules of ./pii_locales7_ids.ts against published example numbers, so that the
 * locales corpus's identifiers are valid by their own rules and its failing look-alikes fail.
 */
import { strictEqual } from "@node/assert";
import * as I from "./pii_locales7_ids.ts";

Deno.test("check digits match published examples (codice fiscale, Luhn, IBAN, ICAO 7-3-1)", () => {
  strictEqual(I.codiceFiscaleCheck("RSSMRA85T10A562"), "S");
  strictEqual(I.luhnDigit("7992739871"), "3");
  strictEqual(I.iban("DE", "370400440532013000"), "DE89370400440532013000");
  strictEqual(I.iban("GB", "WEST12345698765432"), "GB82WEST12345698765432");
  strictEqual(I.icaoDigit("T22000129"), "3");
});

Deno.test("the broken variants fail only their check digit", () => {
  const a = I.seeded(5), b = I.seeded(5);
  for (const [ok, bad] of [[I.dni(a), I.dni(b, true)], [I.pesel(a), I.pesel(b, true)]]) {
    strictEqual(ok.slice(0, -1), bad.slice(0, -1));
    strictEqual(ok === bad, false);
  }
});

Deno.test("the same seed gives the same identifiers", () => {
  const a = I.seeded(9), b = I.seeded(9);
  strictEqual(
    [I.hetu(a), I.steuerId(a), I.aadhaar(a), I.base58Address(a, 0)].join(),
    [I.hetu(b), I.steuerId(b), I.aadhaar(b), I.base58Address(b, 0)].join(),
  );
});
