/**
 * Company and registry numbers with generated values: each rule accepts its number whole and
 * refuses it with any character of its alphabet before or after it (where reading the longer
 * text from a shifted place would pass the check, a partial anchor would show), and numbers of
 * one repeated digit that pass the checksum are refused. Check digits are computed here from the
 * published definitions.
 */
import { ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import {
  australiaAbnValid,
  australiaAcnValid,
  indiaGstinValid,
  singaporeUenValid,
  spainCifValid,
  swedenOrgNumberValid,
  usAbaRoutingValid,
  usNpiValid,
} from "./registry_ids.ts";

const random = seededRandom(0x4e61);
const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const BASE36 = DIGITS + LETTERS;
const digits = (n: number) => random.chars(n, DIGITS);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const weighted = (s: string, weights: number[]) => sum(weights.map((w, i) => w * Number(s[i])));

function luhnDigit(payload: string): number {
  let total = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload.at(-1 - i));
    total += i % 2 === 0 ? (2 * d > 9 ? 2 * d - 9 : 2 * d) : d;
  }
  return (10 - (total % 10)) % 10;
}

const abnValid = (n: string) =>
  (weighted(n, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) - 10) % 89 === 0;

const RULES: [string, (s: string) => boolean, () => string, alphabet: string][] = [
  ["ABN", australiaAbnValid, () => {
    for (;;) {
      const n = String(1 + random.int(9)) + digits(10);
      if (abnValid(n)) return n;
    }
  }, DIGITS],
  ["ACN", australiaAcnValid, () => {
    const eight = digits(8);
    return eight + (10 - (weighted(eight, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
  }, DIGITS],
  ["Sweden org", swedenOrgNumberValid, () => {
    const nine = String(1 + random.int(9)) + digits(1) + String(2 + random.int(8)) + digits(6);
    return (random.int(2) === 0 ? "" : "16") + nine + luhnDigit(nine);
  }, DIGITS],
  ["Spain CIF", spainCifValid, () => {
    const type = random.pick([..."ABCDEFGHJNPQRSUVW"]);
    const seven = digits(7);
    const s = sum([...seven].map((c, i) => {
      const v = i % 2 === 0 ? Number(c) * 2 : Number(c);
      return v > 9 ? v - 9 : v;
    }));
    const control = (10 - (s % 10)) % 10;
    const letter = "JABCDEFGHI"[control];
    const check = "NPQRSW".includes(type)
      ? letter
      : "ABEH".includes(type)
      ? String(control)
      : random.pick([letter, String(control)]);
    return type + seven + check;
  }, DIGITS + LETTERS],
  ["India GSTIN", indiaGstinValid, () => {
    const state = random.pick(["01", "09", "27", "38", "97", "99"]);
    const body = state + random.chars(5, LETTERS) + digits(4) + random.chars(1, LETTERS) +
      random.chars(1, BASE36.slice(1)) + "Z";
    let s = 0;
    for (let i = 0; i < 14; i++) {
      const product = BASE36.indexOf(body[i]) * (i % 2 === 0 ? 1 : 2);
      s += Math.floor(product / 36) + (product % 36);
    }
    return body + BASE36[(36 - (s % 36)) % 36];
  }, BASE36],
  ["Singapore UEN", singaporeUenValid, () => {
    const form = random.int(3);
    if (form === 0) {
      const eight = digits(8);
      return eight + "XMKECAWLJDB"[weighted(eight, [10, 4, 9, 3, 8, 2, 7, 1]) % 11];
    }
    if (form === 1) {
      const nine = random.pick(["19", "20"]) + digits(7);
      return nine + "ZKCMDNERGWH"[weighted(nine, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11];
    }
    return random.pick([..."TSR"]) + digits(2) + random.pick(["LP", "LL", "FC", "GB"]) +
      digits(4) + random.chars(1, LETTERS);
  }, DIGITS + LETTERS],
  ["US ABA routing", usAbaRoutingValid, () => {
    for (;;) {
      const prefix = random.pick([
        "00",
        "09",
        "10",
        "12",
        "21",
        "29",
        "30",
        "32",
        "61",
        "69",
        "70",
        "72",
        "80",
      ]);
      const eight = prefix + digits(6);
      const n = eight + (10 - (weighted(eight, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10;
      if (!/^(\d)\1*$/.test(n)) return n;
    }
  }, DIGITS],
  ["US NPI", usNpiValid, () => {
    const nine = String(1 + random.int(2)) + digits(8);
    return nine + luhnDigit("80840" + nine);
  }, DIGITS],
];

Deno.test("each registry rule takes its generated number whole, and nothing before or after it", () => {
  for (const [name, valid, make, alphabet] of RULES) {
    for (let i = 0; i < 150; i++) {
      const n = make();
      ok(valid(n), `${name}: ${n} is valid`);
      for (const c of alphabet + " -x") {
        ok(!valid(c + n), `${name}: ${JSON.stringify(c + n)}`);
        ok(!valid(n + c), `${name}: ${JSON.stringify(n + c)}`);
      }
    }
  }
});

Deno.test("registry numbers of one repeated digit are filler, also where the checksum holds", () => {
  for (const d of DIGITS) {
    ok(!australiaAbnValid(d.repeat(11)), `ABN ${d.repeat(11)}`);
    ok(!australiaAcnValid(d.repeat(9)), `ACN ${d.repeat(9)}`);
    ok(!usAbaRoutingValid(d.repeat(9)), `ABA ${d.repeat(9)}`);
  }
  // an ABN with a leading 0 is refused even with a valid sum
  for (let found = 0, i = 0; found < 5; i++) {
    ok(i < 100_000);
    const n = "0" + digits(10);
    if (!abnValid(n)) continue;
    found++;
    ok(!australiaAbnValid(n), `ABN ${n}`);
  }
});
