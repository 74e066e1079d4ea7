/**
 * IBAN validation (ISO 13616): the country's registered length, then ISO 7064 mod 97-10
 * over the rearranged number must leave 1. Lengths follow the SWIFT IBAN registry.
 */

/**
 * Each country's IBAN length (country code and check digits included), four characters each, in
 * the registry's alphabetical order: `AD24` is Andorra's 24.
 */
const LENGTH_BY_COUNTRY: Readonly<Record<string, number>> = Object.fromEntries(
  "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20YE30"
    .match(/.{4}/g)!
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** Country codes by the length of their IBANs (country code and check digits included). */
export function ibanCountriesByLength(): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const [country, length] of Object.entries(LENGTH_BY_COUNTRY)) {
    byLength.set(length, [...(byLength.get(length) ?? []), country]);
  }
  return byLength;
}

/** True when `value` is a valid IBAN; spaces between groups are allowed, case is not ignored. */
export function ibanValid(value: string): boolean {
  const iban = value.replace(/ /g, "");
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (LENGTH_BY_COUNTRY[iban.slice(0, 2)] !== iban.length) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/**
 * The decimal number that `value` spells, mod 97 (ISO 7064 mod 97-10): digits as themselves,
 * upper-case letters as two digits each (A = 10 … Z = 35). `value` holds only 0–9 and A–Z.
 */
export function mod97(value: string): number {
  let remainder = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const n = c <= 57 ? c - 48 : c - 55;
    remainder = (n > 9 ? remainder * 100 + n : remainder * 10 + n) % 97;
  }
  return remainder;
}
