/**
 * Generated register numbers (ABN, ACN, organisationsnummer, CIF, GSTIN, UEN, ABA, NPI): each
 * rule's check character computed here from its published definition, every check value and
 * every structural edge compared with the validator, and every other last character refused.
 */
import { ok, strictEqual } from "@node/assert";
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

const random = seededRandom(0x7e6);
const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const digits = (n: number) => random.chars(n, DIGITS);
const weighted = (s: string, weights: number[]) =>
  weights.reduce((total, w, i) => total + w * Number(s[i]), 0);

/** Calls `make` until each of `wanted` came up once; each result is checked. */
function coverEvery(
  wanted: readonly string[],
  make: () => [key: string, number: string] | null,
  check: (number: string, key: string) => void,
) {
  const left = new Set(wanted);
  for (let tries = 0; left.size > 0; tries++) {
    ok(tries < 100_000, `not generated: ${[...left]}`);
    const made = make();
    if (made === null || !left.has(made[0])) continue;
    left.delete(made[0]);
    check(made[1], made[0]);
  }
}

/** `valid` accepts `number` and refuses it with any other last character of `alphabet`. */
function onlyThisCheck(
  name: string,
  valid: (s: string) => boolean,
  number: string,
  alphabet = DIGITS,
) {
  ok(valid(number), `${name} ${number}`);
  for (const c of alphabet) {
    if (c !== number.at(-1)) {
      ok(!valid(number.slice(0, -1) + c), `${name} ${number.slice(0, -1) + c}`);
    }
  }
}

/** Luhn check digit: double every second digit from the right, add digit sums. */
function luhnDigit(payload: string): number {
  let s = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload.at(-1 - i));
    s += i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return (10 - (s % 10)) % 10;
}

Deno.test("Australia ABN: the two leading check digits make the weighted sum a multiple of 89", () => {
  const weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  // ATO: subtract 1 from the first digit, weight, and the sum is divisible by 89.
  const sumOf = (abn: string) => weighted(String(Number(abn[0]) - 1) + abn.slice(1), weights);
  let found = 0;
  for (let i = 0; i < 300; i++) {
    const nine = digits(9);
    for (let lead = 10; lead <= 99; lead++) {
      const abn = lead + nine;
      const valid = sumOf(abn) % 89 === 0 && !/^(\d)\1+$/.test(abn);
      strictEqual(australiaAbnValid(abn), valid, `ABN ${abn}`);
      if (valid) found++;
    }
  }
  ok(found > 200, `only ${found} valid ABNs generated`);
  ok(!australiaAbnValid("01824753556"), "leading 0");
});

Deno.test("Australia ACN: every check digit (10 − Σ weights 8…1 mod 10)", () => {
  coverEvery([...DIGITS], () => {
    const eight = digits(8);
    const check = (10 - (weighted(eight, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10;
    return [String(check), eight + check];
  }, (n) => onlyThisCheck("ACN", australiaAcnValid, n));
});

Deno.test("Sweden organisationsnummer: every Luhn check digit, third digit 2–9, the 16 prefix", () => {
  coverEvery([...DIGITS], () => {
    const nine = random.chars(1, "123456789") + digits(1) + random.chars(1, "23456789") + digits(6);
    return [String(luhnDigit(nine)), nine + luhnDigit(nine)];
  }, (n) => {
    onlyThisCheck("organisationsnummer", swedenOrgNumberValid, n);
    ok(swedenOrgNumberValid("16" + n), `16${n}`);
    ok(!swedenOrgNumberValid("19" + n), `19${n}`);
  });
  for (const third of "01") {
    const nine = "55" + third + digits(6);
    ok(!swedenOrgNumberValid(nine + luhnDigit(nine)), `third digit ${third}: a birth month`);
  }
});

Deno.test("Spain CIF: every control value, as a letter or a digit per entity type", () => {
  const control = (seven: string) => {
    let s = 0;
    for (let i = 0; i < 7; i++) {
      const d = Number(seven[i]);
      // Odd places (1st, 3rd …) are doubled and their digits added; even places count as such.
      s += i % 2 === 0 ? Math.floor((2 * d) / 10) + ((2 * d) % 10) : d;
    }
    return (10 - (s % 10)) % 10;
  };
  const LETTER_OF = "JABCDEFGHI";
  for (const entity of "ABCDEFGHJNPQRSUVW") {
    coverEvery([...DIGITS], () => {
      const seven = digits(7);
      return [String(control(seven)), seven];
    }, (seven, c) => {
      const asLetter = entity + seven + LETTER_OF[Number(c)], asDigit = entity + seven + c;
      strictEqual(spainCifValid(asLetter), !"ABEH".includes(entity), `CIF ${asLetter}`);
      strictEqual(spainCifValid(asDigit), !"NPQRSW".includes(entity), `CIF ${asDigit}`);
      for (const wrong of DIGITS + LETTER_OF) {
        if (wrong !== c && wrong !== LETTER_OF[Number(c)]) {
          ok(!spainCifValid(entity + seven + wrong), `${wrong}`);
        }
      }
    });
  }
  ok(!spainCifValid("I1234567" + "4"), "I is no entity letter");
});

Deno.test("India GSTIN: all 36 check characters (Luhn mod 36), state codes, the Z", () => {
  const B36 = DIGITS + LETTERS;
  const check = (fourteen: string) => {
    let s = 0;
    for (let i = 0; i < 14; i++) {
      const p = B36.indexOf(fourteen[i]) * (i % 2 === 0 ? 1 : 2);
      s += Math.floor(p / 36) + (p % 36);
    }
    return B36[(36 - (s % 36)) % 36];
  };
  const body = () =>
    random.chars(5, LETTERS) + digits(4) + random.chars(1, LETTERS) +
    random.chars(1, B36.slice(1)) + "Z";
  coverEvery([...B36], () => {
    const fourteen = "27" + body();
    return [check(fourteen), fourteen + check(fourteen)];
  }, (n) => onlyThisCheck("GSTIN", indiaGstinValid, n, B36));
  for (let state = 0; state <= 99; state++) {
    const fourteen = String(state).padStart(2, "0") + body();
    const valid = (state >= 1 && state <= 38) || state === 97 || state === 99;
    strictEqual(indiaGstinValid(fourteen + check(fourteen)), valid, `state ${state}`);
  }
  const fourteen = "27" + body().slice(0, -1) + "Y";
  ok(!indiaGstinValid(fourteen + check(fourteen)), "Y in place of Z");
});

Deno.test("Singapore UEN: every check letter of businesses and local companies; other entities' types", () => {
  coverEvery([..."XMKECAWLJDB"], () => {
    const eight = digits(8);
    const letter = "XMKECAWLJDB"[weighted(eight, [10, 4, 9, 3, 8, 2, 7, 1]) % 11];
    return [letter, eight + letter];
  }, (n) => onlyThisCheck("UEN (business)", singaporeUenValid, n, LETTERS));
  coverEvery([..."ZKCMDNERGWH"], () => {
    const nine = random.pick(["19", "20"]) + digits(7);
    const letter = "ZKCMDNERGWH"[weighted(nine, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11];
    return [letter, nine + letter];
  }, (n) => onlyThisCheck("UEN (company)", singaporeUenValid, n, LETTERS));
  for (const type of ["LP", "LL", "FC", "GB", "SS"]) ok(singaporeUenValid(`T09${type}0001B`), type);
  for (const type of ["ZZ", "AA", "QQ"]) ok(!singaporeUenValid(`T09${type}0001B`), type);
  ok(!singaporeUenValid("Q09LL0001B"), "century letter Q");
});

Deno.test("US ABA routing: every Federal Reserve prefix range edge, every check digit", () => {
  const check = (eight: string) => (10 - (weighted(eight, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10;
  const allowed = (p: number) =>
    p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
  for (let prefix = 0; prefix <= 99; prefix++) {
    const eight = String(prefix).padStart(2, "0") + digits(6);
    const n = eight + check(eight);
    if (/^(\d)\1+$/.test(n)) continue;
    strictEqual(usAbaRoutingValid(n), allowed(prefix), `ABA ${n}`);
  }
  coverEvery([...DIGITS], () => {
    const eight = "0" + digits(7);
    return [String(check(eight)), eight + check(eight)];
  }, (n) => onlyThisCheck("ABA", usAbaRoutingValid, n));
});

Deno.test("US NPI: every check digit (Luhn with the 80840 prefix); first digit 1 or 2", () => {
  for (const first of DIGITS) {
    coverEvery([...DIGITS], () => {
      const nine = first + digits(8);
      const check = luhnDigit("80840" + nine);
      return [String(check), nine + check];
    }, (n) => {
      if (first === "1" || first === "2") onlyThisCheck("NPI", usNpiValid, n);
      else ok(!usNpiValid(n), `NPI ${n} starts with ${first}`);
    });
  }
});
