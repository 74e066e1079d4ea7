/**
 * Personal data for the second red-team corpus (./gen_redteam2.ts) that the first one
 * (../pii_redteam_values.ts) does not build: phone numbers in each country's national layouts,
 * and identifiers written from their published rules (Thailand TNIN, India GSTIN and EPIC,
 * US MBI, Australia ACN, German ID card, UK postcodes). Written before reading the detectors.
 */
import { D, groups, Rand, U } from "../pii_redteam_values.ts";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** A phone number as its country writes it, nationally or internationally. */
export interface Phone {
  country: string;
  text: string;
}

type PhoneLayout = (r: Rand) => string;
const n = (r: Rand, k: number) => r.digits(k);
const nz = (r: Rand, k: number) => String(r.range(2, 9)) + r.digits(k - 1);

export const PHONE_LAYOUTS: readonly [string, PhoneLayout][] = [
  ["US", (r) => `(${nz(r, 3)}) ${nz(r, 3)}-${n(r, 4)}`],
  ["US", (r) => `${nz(r, 3)}-${nz(r, 3)}-${n(r, 4)}`],
  ["US", (r) => `${nz(r, 3)}.${nz(r, 3)}.${n(r, 4)}`],
  ["US", (r) => `+1 ${nz(r, 3)} ${nz(r, 3)} ${n(r, 4)}`],
  ["US", (r) => `1-${nz(r, 3)}-${nz(r, 3)}-${n(r, 4)}`],
  ["GB", (r) => `07${n(r, 3)} ${n(r, 6)}`],
  ["GB", (r) => `+44 7${n(r, 3)} ${n(r, 6)}`],
  ["GB", (r) => `020 ${nz(r, 4)} ${n(r, 4)}`],
  ["GB", (r) => `0044 20 ${nz(r, 4)} ${n(r, 4)}`],
  ["DE", (r) => `030 ${nz(r, 8)}`],
  ["DE", (r) => `+49 30 ${nz(r, 8)}`],
  ["DE", (r) => `0151 ${n(r, 8)}`],
  ["DE", (r) => `0049 151 ${n(r, 4)} ${n(r, 4)}`],
  ["DE", (r) => `+49 (0) 89 ${nz(r, 4)}-${n(r, 3)}`],
  ["FR", (r) => `06 ${groups(n(r, 8), [2, 2, 2, 2], " ")}`],
  ["FR", (r) => `+33 6 ${groups(n(r, 8), [2, 2, 2, 2], " ")}`],
  ["FR", (r) => `01.${groups(n(r, 8), [2, 2, 2, 2], ".")}`],
  ["IN", (r) => `+91 ${r.range(6, 9)}${n(r, 4)} ${n(r, 5)}`],
  ["IN", (r) => `0${r.range(7, 9)}${n(r, 4)} ${n(r, 5)}`],
  ["BR", (r) => `(11) 9${n(r, 4)}-${n(r, 4)}`],
  ["BR", (r) => `+55 21 9${n(r, 4)}-${n(r, 4)}`],
  ["JP", (r) => `090-${n(r, 4)}-${n(r, 4)}`],
  ["JP", (r) => `03-${nz(r, 4)}-${n(r, 4)}`],
  ["JP", (r) => `+81 80 ${n(r, 4)} ${n(r, 4)}`],
  ["AU", (r) => `04${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ["AU", (r) => `+61 4${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ["AU", (r) => `(02) ${nz(r, 4)} ${n(r, 4)}`],
  ["NL", (r) => `06-${n(r, 8)}`],
  ["NL", (r) => `+31 6 ${n(r, 8)}`],
  ["ES", (r) => `6${n(r, 2)} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)}`],
  ["ES", (r) => `+34 6${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ["IT", (r) => `3${n(r, 2)} ${n(r, 3)} ${n(r, 4)}`],
  ["IT", (r) => `+39 06 ${n(r, 4)} ${n(r, 4)}`],
  ["SE", (r) => `070-${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`],
  ["SE", (r) => `+46 70 ${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`],
  ["PL", (r) => `${r.range(5, 8)}${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ["PL", (r) => `+48 ${r.range(5, 8)}${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ["MX", (r) => `55 ${n(r, 4)} ${n(r, 4)}`],
  ["MX", (r) => `+52 55 ${n(r, 4)} ${n(r, 4)}`],
  ["KR", (r) => `010-${n(r, 4)}-${n(r, 4)}`],
  ["SG", (r) => `+65 ${r.pick(["8", "9"])}${n(r, 3)} ${n(r, 4)}`],
  ["ZA", (r) => `082 ${n(r, 3)} ${n(r, 4)}`],
  ["CH", (r) => `+41 79 ${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`],
];

/** Thailand TNIN: 13 digits, the last (11 − Σ dᵢ·(13−i) mod 11) mod 10. */
export function tnin(r: Rand): string {
  const body = String(r.range(1, 8)) + r.digits(11);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (13 - i);
  return body + ((11 - (sum % 11)) % 10);
}

/** India GSTIN: state code, the holder's PAN, entity number, Z, then a base-36 check character. */
export function gstin(r: Rand, pan: string): string {
  const A = D + U;
  const body = pad(r.range(1, 37)) + pan + r.pick([..."123456789"]) + "Z";
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const product = A.indexOf(body[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return body + A[(36 - (sum % 36)) % 36];
}

/** India EPIC (voter id): three letters and seven digits. */
export const epic = (r: Rand) => r.chars(3, U) + r.digits(7);

/** US Medicare Beneficiary Identifier: 11 characters, no S L O I B Z. */
export function mbi(r: Rand): string {
  const A = "ACDEFGHJKMNPQRTUVWXY";
  const AN = A + D;
  return String(r.range(1, 9)) + r.chars(1, A) + r.chars(1, AN) + r.digits(1) + r.chars(1, A) +
    r.chars(1, AN) + r.digits(1) + r.chars(2, A) + r.digits(2);
}

/** Australia ACN: 8 digits weighted 8..1, then (10 − sum mod 10) mod 10. */
export function acn(r: Rand): string {
  const body = r.digits(8);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (8 - i);
  return body + ((10 - (sum % 10)) % 10);
}

/** German ID card number: 9 characters of its alphabet, then a 7-3-1 weighted check digit. */
export function germanIdCard(r: Rand): string {
  const body = r.chars(1, "CFGHJKLMNPRTVWXYZ") + r.chars(8, "CFGHJKLMNPRTVWXYZ0123456789");
  const value = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += value(body[i]) * [7, 3, 1][i % 3];
  return body + (sum % 10);
}

/** A UK postcode in one of its outward forms. */
export function ukPostcode(r: Rand): string {
  const area = r.pick(["SW", "EC", "M", "B", "LS", "G", "EH", "CF", "BS", "N", "NW", "SE"]);
  const district = area.length === 1 ? String(r.range(1, 40)) : String(r.range(1, 19));
  return `${area}${district} ${r.range(1, 9)}${r.chars(2, "ABDEFGHJLNPQRSTUWXYZ")}`;
}

/** A street address as people type it. */
export function streetAddress(r: Rand): string {
  const streets = ["Maple Avenue", "High Street", "Elm Street", "Baker Street", "Oak Lane"];
  const towns = ["Springfield, IL 62704", "London W1U 6TY", "Austin, TX 78701", "Leeds LS1 4DY"];
  return `${r.range(2, 998)} ${r.pick(streets)}, ${r.pick(towns)}`;
}
