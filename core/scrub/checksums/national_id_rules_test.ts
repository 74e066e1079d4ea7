/**
 * Generated national identity numbers: for each rule, numbers built here from the published
 * definition with every check digit (0 included) and every structural edge (first and last
 * allowed values, the first refused ones), compared with the validator. The check digits are
 * computed here in the rules' own published form, not with the module's helpers.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import {
  aadhaarValid,
  australiaMedicareValid,
  australiaTfnValid,
  bsnValid,
  canadaSinValid,
  cpfValid,
  finlandHetuValid,
  franceNirValid,
  germanyIdCardValid,
  italyCodiceFiscaleValid,
  koreaFrnValid,
  koreaRrnValid,
  nhsNumberValid,
  peselValid,
  singaporeNricValid,
  southAfricaIdValid,
  spainDniNieValid,
  steuerIdValid,
  swedenPersonnummerValid,
  thailandTninValid,
  turkeyTcknValid,
  ukNinoValid,
  ukPostcodeValid,
  usMbiValid,
  usSsnValid,
} from "./national_ids.ts";

const random = seededRandom(0x1d5);
const DIGITS = "0123456789";
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const digits = (n: number) => random.chars(n, DIGITS);
const oneDigitOnly = (s: string) => /^(\d)\1*$/.test(s);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** Σ digit × weight, over the weights. */
const weighted = (s: string, weights: number[]) => sum(weights.map((w, i) => w * Number(s[i])));
/** `number` with its last character replaced by each other one of `alphabet`. */
const otherChecks = (number: string, alphabet = DIGITS) =>
  [...alphabet].filter((c) => c !== number.at(-1)).map((c) => number.slice(0, -1) + c);

/**
 * Calls `make` until every key in `wanted` has come up `times` times, checking each number it
 * returns with `check`; fails if that takes more than `limit` tries.
 */
function coverEvery(
  wanted: readonly string[],
  make: () => [key: string, number: string] | null,
  check: (number: string, key: string) => void,
  times = 3,
  limit = 50_000,
) {
  const counts = new Map(wanted.map((k) => [k, 0]));
  for (let tries = 0; [...counts.values()].some((c) => c < times); tries++) {
    ok(tries < limit, `not every case generated: ${JSON.stringify([...counts])}`);
    const made = make();
    if (made === null || !counts.has(made[0]) || counts.get(made[0])! >= times) continue;
    counts.set(made[0], counts.get(made[0])! + 1);
    check(made[1], made[0]);
  }
}

/** Asserts `valid` accepts `number` and refuses it with any other last character. */
function acceptsOnlyThisCheck(
  name: string,
  valid: (s: string) => boolean,
  number: string,
  alphabet = DIGITS,
) {
  ok(valid(number), `${name}: ${number} is valid`);
  for (const wrong of otherChecks(number, alphabet)) {
    ok(!valid(wrong), `${name}: ${wrong} has the wrong check character`);
  }
}

const CHECK_DIGITS = [...DIGITS];

Deno.test("NHS number: every check digit 0–9 (11 − remainder, 11 read as 0); remainder 1 is never issued", () => {
  coverEvery([...CHECK_DIGITS, "none"], () => {
    const payload = digits(9);
    const check = 11 - (weighted(payload, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (oneDigitOnly(payload)) return null;
    return check === 10 ? ["none", payload] : [String(check % 11), payload + (check % 11)];
  }, (n, key) => {
    if (key === "none") {
      for (const d of DIGITS) ok(!nhsNumberValid(n + d), `${n + d}: check 10 is never issued`);
    } else acceptsOnlyThisCheck("NHS", nhsNumberValid, n);
  });
  for (const d of DIGITS) ok(!nhsNumberValid(d.repeat(10)), `${d.repeat(10)} is filler`);
});

Deno.test("PESEL: every check digit and every century's month code; impossible months refused", () => {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const withCheck = (ten: string) => ten + (10 - (weighted(ten, weights) % 10)) % 10;
  // Months 1–12, plus 80 (1800s), 20 (2000s), 40 (2100s), 60 (2200s).
  const months = [0, 20, 40, 60, 80].flatMap((c) => [1, 12, 1 + random.int(12)].map((m) => c + m));
  for (const month of months) {
    coverEvery(
      CHECK_DIGITS,
      () => {
        const n = withCheck(digits(2) + String(month).padStart(2, "0") + digits(6));
        return [n.at(-1)!, n];
      },
      (n) => acceptsOnlyThisCheck(`PESEL month ${month}`, peselValid, n),
      1,
    );
  }
  for (const month of [0, 13, 19, 20, 33, 39, 40, 53, 59, 60, 73, 79, 80, 93, 99]) {
    const n = withCheck(digits(2) + String(month).padStart(2, "0") + digits(6));
    ok(!peselValid(n), `${n}: month code ${month} is no month`);
  }
});

Deno.test("CPF: both check digits take every value 0–9 (remainders 0 and 1 give 0)", () => {
  const check = (s: string, first: number) => {
    const r = sum([...s].map((c, i) => Number(c) * (first - i))) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const make = () => {
    const nine = digits(9);
    const ten = nine + check(nine, 10);
    return ten + check(ten, 11);
  };
  coverEvery(CHECK_DIGITS, () => {
    const n = make();
    return oneDigitOnly(n) ? null : [n[9], n];
  }, (n) => {
    ok(cpfValid(n), `CPF ${n}`);
    for (const d of otherChecks(n.slice(0, 10))) ok(!cpfValid(d + n[10]), `CPF ${d + n[10]}`);
  });
  coverEvery(CHECK_DIGITS, () => {
    const n = make();
    return oneDigitOnly(n) ? null : [n[10], n];
  }, (n) => acceptsOnlyThisCheck("CPF", cpfValid, n));
});

Deno.test("BSN: the 11-test with every last digit; a remainder of 10 has no valid last digit", () => {
  coverEvery([...CHECK_DIGITS, "none"], () => {
    const eight = digits(8);
    const last = weighted(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (oneDigitOnly(eight + last)) return null;
    return last === 10 ? ["none", eight] : [String(last), eight + last];
  }, (n, key) => {
    if (key === "none") { for (const d of DIGITS) ok(!bsnValid(n + d), `BSN ${n + d}`); }
    else acceptsOnlyThisCheck("BSN", bsnValid, n);
  });
});

Deno.test("Australia TFN: every last digit of a multiple of 11; other last digits refused", () => {
  const weights = [1, 4, 3, 7, 5, 8, 6, 9];
  coverEvery(CHECK_DIGITS, () => {
    const eight = digits(8);
    // 10 × last ≡ −last (mod 11), so the last digit is the weighted sum mod 11.
    const last = weighted(eight, weights) % 11;
    return last === 10 || oneDigitOnly(eight + last) ? null : [String(last), eight + last];
  }, (n) => acceptsOnlyThisCheck("TFN", australiaTfnValid, n));
});

/** ISO 7064 MOD 11,10, as the Steuer-ID uses it. */
function mod1110(ten: string): number {
  let product = 10;
  for (const c of ten) {
    let s = (Number(c) + product) % 10;
    if (s === 0) s = 10;
    product = (2 * s) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

Deno.test("Steuer-ID: one digit twice or three times, every check digit; other digit patterns refused", () => {
  const shuffle = (s: string[]) => {
    for (let i = s.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [s[i], s[j]] = [s[j], s[i]];
    }
    return s.join("");
  };
  /** Ten digits, no leading 0: `repeat` of one digit and distinct others. */
  const ten = (repeat: number) => {
    for (;;) {
      const pool = shuffle([...DIGITS]);
      const t = shuffle([...pool.slice(0, 11 - repeat), ...pool[0].repeat(repeat - 1)]);
      if (t[0] !== "0") return t;
    }
  };
  for (const repeat of [2, 3]) {
    coverEvery(CHECK_DIGITS, () => {
      const t = ten(repeat);
      return [String(mod1110(t)), t + mod1110(t)];
    }, (n) => acceptsOnlyThisCheck(`Steuer-ID (a digit ${repeat}×)`, steuerIdValid, n));
  }
  for (const bad of ["0123456789", "1234567890"]) {
    // Every digit once (no repeat) or a leading 0.
    ok(!steuerIdValid(bad + mod1110(bad)), bad);
  }
  for (const t of ["1123456788", "1111234567", "1112223456"]) {
    // Two digits repeated, a digit four times, two digits three times.
    ok(!steuerIdValid(t + mod1110(t)), t);
  }
});

/** Luhn check digit, the standard way: double every second digit from the right, digit sums. */
function luhnDigit(payload: string): number {
  let s = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload.at(-1 - i));
    s += i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return (10 - (s % 10)) % 10;
}

Deno.test("Canada SIN: every first digit but 8, every check digit", () => {
  for (const first of DIGITS) {
    coverEvery(CHECK_DIGITS, () => {
      const payload = first + digits(7);
      const n = payload + luhnDigit(payload);
      return [n.at(-1)!, n];
    }, (n) => {
      if (first === "8") ok(!canadaSinValid(n), `SIN ${n} starts with 8`);
      else acceptsOnlyThisCheck("SIN", canadaSinValid, n);
    }, 1);
  }
});

/** Verhoeff check, from the group D5 and the position permutation (see check_digit_edges_test.ts). */
function verhoeffDigit(payload: string): string {
  const d5 = (a: number, b: number) => {
    const k = (a % 5 + (a >= 5 ? -(b % 5) : b % 5) + 5) % 5;
    return (a >= 5) !== (b >= 5) ? 5 + k : k;
  };
  const cycle = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
  const valid = (n: string) => {
    let c = 0;
    for (let i = 0; i < n.length; i++) {
      let d = Number(n.at(-1 - i));
      for (let t = 0; t < i % 8; t++) d = cycle[d];
      c = d5(c, d);
    }
    return c === 0;
  };
  return [...DIGITS].find((d) => valid(payload + d))!;
}

Deno.test("Aadhaar: twelve digits starting 2–9 with every Verhoeff check digit; 0 and 1 first refused", () => {
  for (const first of DIGITS) {
    coverEvery(CHECK_DIGITS, () => {
      const payload = first + digits(10);
      const n = payload + verhoeffDigit(payload);
      return [n.at(-1)!, n];
    }, (n) => {
      if (first < "2") ok(!aadhaarValid(n), `Aadhaar ${n} starts with ${first}`);
      else acceptsOnlyThisCheck("Aadhaar", aadhaarValid, n);
    }, 1);
  }
  const payload = "2" + digits(11);
  ok(!aadhaarValid(payload + verhoeffDigit(payload)), "thirteen digits");
});

Deno.test("US SSN: the first and last allowed area, group and serial, and the refused ones", () => {
  const valid = (area: number, group: number, serial: number) =>
    area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
  const areas = [0, 1, 2, 9, 99, 100, 665, 666, 667, 899, 900, 901, 950, 999];
  const groups = [0, 1, 10, 99];
  const serials = [0, 1, 1000, 9999];
  for (const a of areas) {
    for (const g of groups) {
      for (const s of serials) {
        const n = String(a).padStart(3, "0") + String(g).padStart(2, "0") +
          String(s).padStart(4, "0");
        if (oneDigitOnly(n)) continue;
        strictEqual(usSsnValid(n), valid(a, g, s), `SSN ${n}`);
      }
    }
  }
  for (let i = 0; i < 2000; i++) {
    const n = digits(9);
    const expected = !oneDigitOnly(n) &&
      valid(Number(n.slice(0, 3)), Number(n.slice(3, 5)), Number(n.slice(5)));
    strictEqual(usSsnValid(n), expected, `SSN ${n}`);
  }
  for (const d of "123456789") ok(!usSsnValid(d.repeat(9)), `${d.repeat(9)} is filler`);
});

Deno.test("UK NINO: every prefix pair and suffix letter against HMRC's allocation rules", () => {
  const firstAllowed = (c: string) => !"DFIQUV".includes(c);
  const secondAllowed = (c: string) => !"DFIOQUV".includes(c);
  const pairRefused = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const prefixOk = firstAllowed(a) && secondAllowed(b) && !pairRefused.includes(a + b);
      for (const suffix of "ABCDEFZ") {
        const n = a + b + digits(6) + suffix;
        strictEqual(ukNinoValid(n), prefixOk && "ABCD".includes(suffix), `NINO ${n}`);
      }
    }
  }
  ok(!ukNinoValid("AB12345C"), "five digits");
  ok(!ukNinoValid("AB1234567C"), "seven digits");
  ok(!ukNinoValid("XAB123456C"), "three letters");
});

Deno.test("Spain DNI and NIE: every one of the 23 check letters, for each prefix", () => {
  const letters = "TRWAGMYFPDXBNJZSQVHLCKE";
  for (const prefix of ["", "X", "Y", "Z"]) {
    coverEvery(
      [...letters],
      () => {
        const body = digits(prefix ? 7 : 8);
        const n = Number((prefix ? String("XYZ".indexOf(prefix)) : "") + body);
        return [letters[n % 23], prefix + body + letters[n % 23]];
      },
      (id) => acceptsOnlyThisCheck(`DNI/NIE ${prefix}`, spainDniNieValid, id, LETTERS),
      1,
    );
  }
  ok(!spainDniNieValid("W1234567L"), "W is no NIE prefix");
  ok(!spainDniNieValid("1234567Z"), "seven digits for a DNI");
});

/** Values of characters in the odd positions of a codice fiscale (DM 23/12/1976). */
// deno-fmt-ignore
const CF_ODD_VALUES: Record<string, number> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** Values in the even positions: digits as themselves, letters A = 0 … Z = 25. */
const cfEvenValue = (c: string) => (c <= "9" ? Number(c) : LETTERS.indexOf(c));

function cfWithCheck(fifteen: string): string {
  let s = 0;
  for (let i = 0; i < 15; i++) {
    s += i % 2 === 0 ? CF_ODD_VALUES[fifteen[i]] : cfEvenValue(fifteen[i]);
  }
  return fifteen + LETTERS[s % 26];
}

Deno.test("Italy codice fiscale: every check letter, every character in odd and even places", () => {
  const OMOCODIA = "0123456789LMNPQRSTUV"; // digits, or the letters that replace them
  const make = () =>
    random.chars(6, LETTERS) + random.chars(2, OMOCODIA) + random.chars(1, "ABCDEHLMPRST") +
    random.chars(2, OMOCODIA) + random.chars(1, LETTERS) + random.chars(3, OMOCODIA);
  coverEvery(
    [...LETTERS],
    () => {
      const cf = cfWithCheck(make());
      return [cf[15], cf];
    },
    (cf) => acceptsOnlyThisCheck("codice fiscale", italyCodiceFiscaleValid, cf, LETTERS),
    2,
  );
  // Every letter in an odd place (1st, 3rd, 5th: all letters) and every digit in the 7th.
  for (const c of LETTERS) {
    for (const at of [0, 2, 4]) {
      const fifteen = make();
      acceptsOnlyThisCheck(
        "codice fiscale",
        italyCodiceFiscaleValid,
        cfWithCheck(fifteen.slice(0, at) + c + fifteen.slice(at + 1)),
        LETTERS,
      );
    }
  }
  for (const c of OMOCODIA) {
    const fifteen = make();
    acceptsOnlyThisCheck(
      "codice fiscale",
      italyCodiceFiscaleValid,
      cfWithCheck(fifteen.slice(0, 6) + c + fifteen.slice(7)),
      LETTERS,
    );
  }
  ok(!italyCodiceFiscaleValid(cfWithCheck("RSSMRA85Z10A562")), "Z is no month letter");
});

Deno.test("France NIR: every month code, Corsica's 2A and 2B, and keys from 01 to 97", () => {
  const key = (thirteen: string) => 97 - Number(BigInt(thirteen) % 97n);
  const nir = (sex: string, month: string, department: string) => {
    const rest = digits(6);
    const numeric = department === "2A" ? "19" : department === "2B" ? "18" : department;
    const year = digits(2);
    const k = key(sex + year + month + numeric + rest);
    return sex + year + month + department + rest + String(k).padStart(2, "0");
  };
  const monthValid = (m: number) => (m >= 1 && m <= 12) || (m >= 20 && m <= 42) || m >= 50;
  for (let m = 0; m <= 99; m++) {
    const month = String(m).padStart(2, "0");
    const n = nir(random.pick(["1", "2"]), month, String(1 + random.int(95)).padStart(2, "0"));
    strictEqual(franceNirValid(n), monthValid(m), `NIR ${n}: month ${month}`);
  }
  for (const sex of "0123456789") {
    const n = nir(sex, "05", "75");
    strictEqual(franceNirValid(n), "123478".includes(sex), `NIR ${n}: first digit ${sex}`);
  }
  for (const department of ["2A", "2B"]) {
    const n = nir("1", "07", department);
    ok(franceNirValid(n), `NIR ${n} (Corsica)`);
    const other = department === "2A" ? "2B" : "2A";
    ok(!franceNirValid(n.replace(department, other)), `${department} and ${other} differ`);
  }
  coverEvery(
    ["01", "02", "09", "10", "96", "97"],
    () => {
      const n = nir("2", "11", String(1 + random.int(95)).padStart(2, "0"));
      return [n.slice(-2), n];
    },
    (n) => {
      ok(franceNirValid(n), `NIR ${n}`);
      const k = Number(n.slice(-2));
      for (const wrong of [k - 1, k + 1, 0, 98]) {
        if (wrong === k) continue;
        const bad = n.slice(0, -2) + String(wrong).padStart(2, "0");
        ok(!franceNirValid(bad), `NIR ${bad}: key ${wrong} instead of ${k}`);
      }
    },
    1,
    200_000,
  );
});

/** One valid number of each rule, generated (see the tests above for every edge). */
const VALID: [string, (s: string) => boolean, () => string, alphabet: string][] = [
  ["NHS", nhsNumberValid, () => {
    for (;;) {
      const payload = digits(9);
      const check = 11 - (weighted(payload, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
      if (check !== 10 && !oneDigitOnly(payload)) return payload + (check % 11);
    }
  }, DIGITS],
  ["PESEL", peselValid, () => {
    const ten = digits(2) + String(1 + random.int(12)).padStart(2, "0") + digits(6);
    return ten + (10 - (weighted(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  }, DIGITS],
  ["CPF", cpfValid, () => {
    const check = (s: string, first: number) => {
      const r = sum([...s].map((c, i) => Number(c) * (first - i))) % 11;
      return r < 2 ? 0 : 11 - r;
    };
    const ten = ((nine) => nine + check(nine, 10))(digits(9));
    return ten + check(ten, 11);
  }, DIGITS],
  ["BSN", bsnValid, () => {
    for (;;) {
      const eight = digits(8);
      const last = weighted(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
      if (last < 10) return eight + last;
    }
  }, DIGITS],
  ["TFN", australiaTfnValid, () => {
    for (;;) {
      const eight = digits(8);
      const last = weighted(eight, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
      if (last < 10) return eight + last;
    }
  }, DIGITS],
  ["Steuer-ID", steuerIdValid, () => {
    for (;;) {
      const others = [..."0123456789"].sort(() => random.next() - 0.5).slice(0, 9);
      const t = [...others, others[0]].sort(() => random.next() - 0.5).join("");
      if (t[0] !== "0") return t + mod1110(t);
    }
  }, DIGITS],
  ["SIN", canadaSinValid, () => {
    const payload = random.chars(1, "012345679") + digits(7);
    return payload + luhnDigit(payload);
  }, DIGITS],
  ["Aadhaar", aadhaarValid, () => {
    const payload = random.chars(1, "23456789") + digits(10);
    return payload + verhoeffDigit(payload);
  }, DIGITS],
  [
    "SSN",
    usSsnValid,
    () =>
      String(1 + random.int(665)).padStart(3, "0") + String(1 + random.int(99)).padStart(2, "0") +
      String(1 + random.int(9999)).padStart(4, "0"),
    DIGITS,
  ],
  ["NINO", ukNinoValid, () => "JG" + digits(6) + "A", DIGITS + LETTERS],
  ["DNI", spainDniNieValid, () => {
    const body = digits(8);
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(body) % 23];
  }, DIGITS + LETTERS],
  [
    "codice fiscale",
    italyCodiceFiscaleValid,
    () => cfWithCheck(random.chars(6, LETTERS) + digits(2) + "A" + digits(2) + "Z" + digits(3)),
    DIGITS + LETTERS,
  ],
  ["NIR", franceNirValid, () => {
    const thirteen = "1" + digits(2) + "05" + "75" + digits(6);
    return thirteen + String(97 - Number(BigInt(thirteen) % 97n)).padStart(2, "0");
  }, DIGITS + LETTERS],
];

Deno.test("every rule takes exactly its number: a character before or after it, or a foreign one inside, is refused", () => {
  for (const [name, valid, make, alphabet] of VALID) {
    for (let i = 0; i < 40; i++) {
      const n = make();
      ok(valid(n), `${name}: ${n} is valid`);
      for (const c of ["0", "7", "A", "x", " ", "-", "\u0663"]) {
        ok(!valid(c + n), `${name}: ${JSON.stringify(c + n)}`);
        ok(!valid(n + c), `${name}: ${JSON.stringify(n + c)}`);
      }
      const at = random.int(n.length);
      for (const c of ["x", " ", "-", "\u0663", "\u00c9", alphabet === DIGITS ? "A" : "a"]) {
        const inside = n.slice(0, at) + c + n.slice(at + 1);
        ok(!valid(inside), `${name}: ${JSON.stringify(inside)}`);
      }
    }
  }
});

Deno.test("one digit repeated is filler for every all-digit rule, whatever its checksum says", () => {
  const lengths: [string, (s: string) => boolean, number][] = [
    ["NHS", nhsNumberValid, 10],
    ["PESEL", peselValid, 11],
    ["CPF", cpfValid, 11],
    ["BSN", bsnValid, 9],
    ["TFN", australiaTfnValid, 9],
    ["Steuer-ID", steuerIdValid, 11],
    ["SSN", usSsnValid, 9],
  ];
  for (const [name, valid, length] of lengths) {
    for (const d of DIGITS) ok(!valid(d.repeat(length)), `${name}: ${d.repeat(length)}`);
  }
  // A Steuer-ID starting with 0 is refused even with a valid pattern and check digit.
  for (let i = 0; i < 20; i++) {
    const t = "0" + [..."123456789"].sort(() => random.next() - 0.5).slice(0, 8).join("") + "0";
    ok(!steuerIdValid(t + mod1110(t)), t + mod1110(t));
  }
});

Deno.test("a codice fiscale with any letter or digit before it is refused", () => {
  for (let i = 0; i < 30; i++) {
    // Letters for digits (omocodia) in the last places: the character before the check letter is a letter.
    const cf = cfWithCheck(
      random.chars(6, LETTERS) + digits(2) + "B" + digits(2) + "F" + random.chars(3, "LMNPQRSTUV"),
    );
    ok(italyCodiceFiscaleValid(cf), cf);
    for (const c of DIGITS + LETTERS) ok(!italyCodiceFiscaleValid(c + cf), c + cf);
  }
});

/** Days in each month of a leap year: every date a birth-date rule must take, and no other. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const two = (n: number) => String(n).padStart(2, "0");
/** Month and day pairs at every edge: first and last day of each month, one past, month 0 and 13. */
const DATE_EDGES: [month: number, day: number, valid: boolean][] = [
  ...MONTH_DAYS.flatMap((last, i): [number, number, boolean][] => [
    [i + 1, 1, true],
    [i + 1, last, true],
    [i + 1, last + 1, false],
    [i + 1, 0, false],
  ]),
  [0, 10, false],
  [13, 10, false],
];

Deno.test("Finland HETU: all 31 check characters, every century sign, individual 002 on, every date edge", () => {
  const alphabet = [...DIGITS, ...[...LETTERS].filter((c) => !"GIOQZ".includes(c))].join("");
  strictEqual(alphabet.length, 31);
  const make = (ddmmyy: string, sign: string, individual: string) =>
    ddmmyy + sign + individual + alphabet[Number(ddmmyy + individual) % 31];
  const date = () => two(1 + random.int(28)) + two(1 + random.int(12)) + digits(2);
  coverEvery(
    [...alphabet],
    () => {
      const n = make(date(), random.pick([..."+-ABCDEFUVWXY"]), digits(3));
      return Number(n.slice(7, 10)) < 2 ? null : [n.at(-1)!, n];
    },
    (n) => acceptsOnlyThisCheck("HETU", finlandHetuValid, n, alphabet),
    1,
  );
  for (const sign of "+-ABCDEFUVWXY") ok(finlandHetuValid(make("131052", sign, "308")), sign);
  for (const sign of "GHTZ*/ ") ok(!finlandHetuValid(make("131052", sign, "308")), sign);
  ok(!finlandHetuValid(make("131052", "-", "000")), "individual 000");
  ok(!finlandHetuValid(make("131052", "-", "001")), "individual 001");
  ok(finlandHetuValid(make("131052", "-", "002")), "individual 002");
  ok(finlandHetuValid(make("131052", "-", "999")), "individual 999");
  for (const [month, day, valid] of DATE_EDGES) {
    strictEqual(
      finlandHetuValid(make(two(day) + two(month) + "85", "-", "123")),
      valid,
      `${day}.${month}.`,
    );
  }
});

Deno.test("Sweden personnummer: every Luhn check digit, coordination days (+60), 12-digit form, date edges", () => {
  const make = (yymmdd: string, serial = digits(3)) => yymmdd + serial + luhnDigit(yymmdd + serial);
  const yymmdd = () => digits(2) + two(1 + random.int(12)) + two(1 + random.int(28));
  coverEvery(CHECK_DIGITS, () => {
    const n = make(yymmdd());
    return oneDigitOnly(n) ? null : [n.at(-1)!, n];
  }, (n) => {
    acceptsOnlyThisCheck("personnummer", swedenPersonnummerValid, n);
    ok(swedenPersonnummerValid("19" + n) && swedenPersonnummerValid("20" + n), `12 digits ${n}`);
    ok(!swedenPersonnummerValid("21" + n), `century 21 of ${n}`);
  }, 1);
  for (const [month, day, valid] of DATE_EDGES) {
    strictEqual(
      swedenPersonnummerValid(make("85" + two(month) + two(day))),
      valid,
      `${day}.${month}.`,
    );
    if (day > 0) {
      const coordination = make("85" + two(month) + two(day + 60));
      strictEqual(swedenPersonnummerValid(coordination), valid, `coordination ${coordination}`);
    }
  }
  ok(!swedenPersonnummerValid(make("851301").slice(1)), "nine digits");
});

/** Σ weights 2…9, 2…5 over the first twelve digits of a Korean registration number. */
const koreaSum = (twelve: string) => weighted(twelve, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);

Deno.test("Korea RRN and FRN: sex and century digits, birth date edges, both check digit rules", () => {
  for (const sex of DIGITS) {
    const n = "850704" + sex + digits(6);
    strictEqual(koreaRrnValid(n), "012349".includes(sex), `RRN sex digit ${sex}`);
    strictEqual(koreaFrnValid(n), "5678".includes(sex), `FRN sex digit ${sex}`);
  }
  for (const [month, day, valid] of DATE_EDGES) {
    strictEqual(
      koreaRrnValid("85" + two(month) + two(day) + "1" + digits(6)),
      valid,
      `${day}.${month}.`,
    );
    strictEqual(
      koreaFrnValid("85" + two(month) + two(day) + "5" + digits(6)),
      valid,
      `${day}.${month}.`,
    );
  }
  coverEvery(CHECK_DIGITS, () => {
    const twelve = "8507041" + digits(5);
    return [String((11 - (koreaSum(twelve) % 11)) % 10), twelve];
  }, (twelve, check) => {
    for (const d of DIGITS) {
      strictEqual(koreaRrnValid(twelve + d, true), d === check, `RRN ${twelve + d} checked`);
      ok(koreaRrnValid(twelve + d), `RRN ${twelve + d} unchecked (issued since 2020)`);
    }
  }, 1);
  coverEvery(CHECK_DIGITS, () => {
    const twelve = "8507046" + digits(5);
    return [String((13 - (koreaSum(twelve) % 11)) % 10), twelve];
  }, (twelve, check) => {
    for (const d of DIGITS) {
      strictEqual(koreaFrnValid(twelve + d, true), d === check, `FRN ${twelve + d}`);
    }
  }, 1);
});

Deno.test("Turkey TCKN: the tenth digit takes every value, the eleventh every even one; a leading 0 is refused", () => {
  const make = (nine: string) => {
    const odd = [0, 2, 4, 6, 8].map((i) => Number(nine[i])),
      even = [1, 3, 5, 7].map((i) => Number(nine[i]));
    const tenth = (((sum(odd) * 7 - sum(even)) % 10) + 10) % 10;
    const ten = nine + tenth;
    return ten + (sum([...ten].map(Number)) % 10);
  };
  const nine = () => random.chars(1, "123456789") + digits(8);
  coverEvery(CHECK_DIGITS, () => {
    const n = make(nine());
    return [n[9], n];
  }, (n) => {
    ok(turkeyTcknValid(n), `TCKN ${n}`);
    for (const d of otherChecks(n.slice(0, 10))) {
      ok(!turkeyTcknValid(d + n[10]), `TCKN ${d + n[10]}`);
    }
  }, 2);
  // The eleventh digit is Σ odd + Σ even + (7 Σ odd − Σ even) = 8 Σ odd mod 10: always even.
  coverEvery(
    [..."02468"],
    () => {
      const n = make(nine());
      return [n[10], n];
    },
    (n) => acceptsOnlyThisCheck("TCKN", turkeyTcknValid, n),
    2,
  );
  ok(!turkeyTcknValid(make("0" + digits(8))), "leading 0");
});

Deno.test("Singapore NRIC / FIN: every check letter of each series S, T, F, G, M", () => {
  // The published tables, indexed by (Σ weights + series offset) mod 11; M's table is printed
  // in the other direction (index 10 − remainder).
  const series: Record<string, [offset: number, letter: (r: number) => string]> = {
    S: [0, (r) => "JZIHGFEDCBA"[r]],
    T: [4, (r) => "JZIHGFEDCBA"[r]],
    F: [0, (r) => "XWUTRQPNMLK"[r]],
    G: [4, (r) => "XWUTRQPNMLK"[r]],
    M: [3, (r) => "KLJNPQRTUWX"[10 - r]],
  };
  for (const [prefix, [offset, letter]] of Object.entries(series)) {
    const make = () => {
      const seven = digits(7);
      return prefix + seven + letter((weighted(seven, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11);
    };
    const letters = [...new Set(Array.from({ length: 11 }, (_, r) => letter(r)))];
    coverEvery(
      letters,
      () => {
        const n = make();
        return [n.at(-1)!, n];
      },
      (n) => acceptsOnlyThisCheck(`NRIC ${prefix}`, singaporeNricValid, n, LETTERS),
      1,
    );
  }
  ok(!singaporeNricValid("A1234567B"), "series A");
  ok(!singaporeNricValid("S123456J"), "six digits");
});

Deno.test("Thailand TNIN: every check digit; a first digit of 0 or 9 is refused", () => {
  const weights = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
  const make = (first: string) => {
    const twelve = first + digits(11);
    return twelve + ((11 - (weighted(twelve, weights) % 11)) % 10);
  };
  for (const first of DIGITS) {
    coverEvery(CHECK_DIGITS, () => {
      const n = make(first);
      return [n.at(-1)!, n];
    }, (n) => {
      if (first === "0" || first === "9") ok(!thailandTninValid(n), `TNIN ${n}`);
      else acceptsOnlyThisCheck("TNIN", thailandTninValid, n);
    }, 1);
  }
});

Deno.test("South Africa ID: every Luhn check digit, citizenship 0–2 only, birth date edges", () => {
  const make = (yymmdd: string, citizenship: string) => {
    const twelve = yymmdd + digits(4) + citizenship + "8";
    return twelve + luhnDigit(twelve);
  };
  coverEvery(
    CHECK_DIGITS,
    () => {
      const n = make(digits(2) + two(1 + random.int(12)) + two(1 + random.int(28)), "0");
      return [n.at(-1)!, n];
    },
    (n) => acceptsOnlyThisCheck("SA ID", southAfricaIdValid, n),
    1,
  );
  for (const c of DIGITS) {
    strictEqual(southAfricaIdValid(make("800101", c)), c <= "2", `citizenship ${c}`);
  }
  for (const [month, day, valid] of DATE_EDGES) {
    strictEqual(
      southAfricaIdValid(make("80" + two(month) + two(day), "0")),
      valid,
      `${day}.${month}.`,
    );
  }
});

Deno.test("Germany ID card: the card's alphabet only, and every ICAO 7-3-1 check digit when there is one", () => {
  const ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ";
  const value = (c: string) => (c <= "9" ? Number(c) : LETTERS.indexOf(c) + 10);
  const check = (nine: string) => sum([...nine].map((c, i) => value(c) * [7, 3, 1][i % 3])) % 10;
  const make = () =>
    random.chars(1, "CFGHJKLMNPRTVWXYZ") + random.chars(7, ALPHABET) + random.chars(1, DIGITS);
  coverEvery(CHECK_DIGITS, () => {
    const nine = make();
    return [String(check(nine)), nine + check(nine)];
  }, (n) => {
    acceptsOnlyThisCheck("ID card", germanyIdCardValid, n);
    ok(germanyIdCardValid(n.slice(0, 9)), `${n.slice(0, 9)} without its check digit`);
  }, 1);
  for (const c of "ABDEIOQSU") {
    const nine = make();
    ok(!germanyIdCardValid(nine.slice(0, 4) + c + nine.slice(5)), `letter ${c} is not on cards`);
  }
  ok(!germanyIdCardValid("1" + make().slice(1)), "a digit first");
});

Deno.test("US MBI: each position's class; the letters S L O I B Z nowhere", () => {
  const L = "ACDEFGHJKMNPQRTUVWXY";
  const classes = ["123456789", L, L + DIGITS, DIGITS, L, L + DIGITS, DIGITS, L, L, DIGITS, DIGITS];
  const make = () => classes.map((c) => random.chars(1, c)).join("");
  for (let i = 0; i < 200; i++) ok(usMbiValid(make()), "generated MBI");
  for (let at = 0; at < 11; at++) {
    for (const c of DIGITS + LETTERS) {
      const mbi = make();
      const changed = mbi.slice(0, at) + c + mbi.slice(at + 1);
      strictEqual(usMbiValid(changed), classes[at].includes(c), `${changed}: ${c} at ${at + 1}`);
    }
  }
});

Deno.test("UK postcode: every outward layout, the letters each place refuses, GIR 0AA", () => {
  const inward = () => random.chars(1, DIGITS) + random.chars(2, "ABDEFGHJLNPQRSTUWXYZ");
  const layouts = ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"];
  const area1 = "ABCDEFGHIJKLMNOPRSTUWYZ", area2 = "ABCDEFGHKLMNOPQRSTUVWXY";
  const fill = (layout: string) =>
    [...layout].map((c, i) =>
      c === "9"
        ? random.chars(1, DIGITS)
        : i === 0
        ? random.chars(1, area1)
        : i === 1 && layout[1] === "A"
        ? random.chars(1, area2)
        : random.chars(1, layout.length === 3 ? "ABCDEFGHJKPSTUW" : "ABEHMNPRVWXY")
    ).join("");
  for (const layout of layouts) {
    for (let i = 0; i < 20; i++) {
      const code = fill(layout) + " " + inward();
      ok(ukPostcodeValid(code), `${layout}: ${code}`);
      ok(ukPostcodeValid(code.replace(" ", "")), `${layout} without space: ${code}`);
    }
  }
  for (const c of "QVX") ok(!ukPostcodeValid(c + "1 1AA"), `area starting ${c}`);
  for (const c of "IJZ") ok(!ukPostcodeValid("A" + c + "1 1AA"), `area second letter ${c}`);
  for (const c of "CIKMOV") ok(!ukPostcodeValid("SW1A 1A" + c), `inward letter ${c}`);
  for (const c of LETTERS) {
    strictEqual(ukPostcodeValid(`W1${c} 0AX`), "ABCDEFGHJKPSTUW".includes(c), `W1${c}`);
    strictEqual(ukPostcodeValid(`EC1${c} 1BB`), "ABEHMNPRVWXY".includes(c), `EC1${c}`);
  }
  ok(ukPostcodeValid("GIR 0AA") && !ukPostcodeValid("GIR 0AB"), "GIR 0AA");
  ok(!ukPostcodeValid("SW1A1 1AA") && !ukPostcodeValid("SW 1AA"), "district digits");
});

Deno.test("Australia Medicare: every check digit; first digit 2–6; the issue and reference numbers", () => {
  const make = (first: string) => {
    const eight = first + digits(7);
    return eight + (weighted(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + random.chars(1, "123456789");
  };
  for (const first of DIGITS) {
    coverEvery(CHECK_DIGITS, () => {
      const n = make(first);
      return [n[8], n];
    }, (n) => {
      const valid = "23456".includes(first);
      strictEqual(australiaMedicareValid(n), valid, `Medicare ${n}`);
      strictEqual(australiaMedicareValid(n + "3"), valid, `Medicare ${n} with reference 3`);
      ok(!australiaMedicareValid(n + "0"), `Medicare ${n}: reference 0`);
      for (const d of otherChecks(n.slice(0, 9))) {
        ok(!australiaMedicareValid(d + n[9]), `${d + n[9]}`);
      }
    }, 1);
  }
});
