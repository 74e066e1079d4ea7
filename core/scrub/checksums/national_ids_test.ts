import { ok } from "@node/assert";
import {
  aadhaarValid,
  australiaTfnValid,
  belgiumNationalNumberValid,
  bsnValid,
  canadaSinValid,
  chinaResidentIdValid,
  cpfValid,
  franceNirValid,
  irelandPpsValid,
  italyCodiceFiscaleValid,
  nhsNumberValid,
  peselValid,
  spainDniNieValid,
  steuerIdValid,
  swissAhvValid,
  taiwanIdValid,
  ukNinoValid,
  usSsnIssuable,
  usSsnValid,
} from "./national_ids.ts";

/** Each rule: numbers published as valid examples, and the same numbers with one change. */
const CASES: [string, (s: string) => boolean, string[], string[]][] = [
  ["US SSN", usSsnValid, ["536904399", "212091234", "078051120", "219099999"], [
    "000123456",
    "666123456",
    "912345678",
    "536004399",
    "536900000",
    "111111111",
  ]],
  ["US SSN by the SSA's rules alone", usSsnIssuable, ["536904399", "111111111", "888888888"], [
    "000000000",
    "666666666",
    "999999999",
    "536004399",
    "536900000",
  ]],
  ["UK NINO", ukNinoValid, ["AB123456C", "JG103759A"], [
    "DA123456C",
    "AO123456C",
    "GB123456A",
    "AB123456E",
    "AB12345C",
  ]],
  ["NHS number", nhsNumberValid, ["9434765919", "4010232137"], [
    "9434765918",
    "9434765991",
    "1111111111",
  ]],
  ["Aadhaar", aadhaarValid, ["234123412346"], ["234123412347", "134123412346", "23412341234"]],
  ["Spain DNI/NIE", spainDniNieValid, ["12345678Z", "X1234567L", "Y1234567X"], [
    "12345678A",
    "X1234567A",
    "W1234567L",
  ]],
  ["Italy codice fiscale", italyCodiceFiscaleValid, ["RSSMRA85T10A562S", "MRTMTT91D08F205J"], [
    "RSSMRA85T10A562T",
    "RSSMRA85Z10A562S",
  ]],
  ["Poland PESEL", peselValid, ["44051401359", "02070803628"], [
    "44051401358",
    "44151401359",
    "00000000000",
  ]],
  ["Brazil CPF", cpfValid, ["52998224725", "11144477735"], [
    "52998224726",
    "11111111111",
    "5299822472",
  ]],
  ["Netherlands BSN", bsnValid, ["111222333", "123456782"], [
    "111222334",
    "123456783",
    "000000000",
  ]],
  ["Germany Steuer-ID", steuerIdValid, ["86095742719", "65929970489"], [
    "86095742718",
    "01234567890",
    "11111111111",
  ]],
  ["Australia TFN", australiaTfnValid, ["123456782", "876543210"], ["123456781", "123456728"]],
  ["Canada SIN", canadaSinValid, ["046454286", "130692544"], ["046454287", "846454286"]],
  ["France NIR", franceNirValid, ["185057800608491", "269052A12345688", "269052B12345618"], [
    "185057800608436",
    "2690519123456188",
    "269052A12345618",
    "185137800608425",
    "585057800608491",
  ]],
  [
    "China resident id",
    chinaResidentIdValid,
    ["440305198507142312", "110105200102298127", "33010619880517104X", "510107199309300070"],
    [
      "440305198507142313", // check digit
      "33010619880517104x", // lower-case x (callers upper-case first)
      "440305198513142312", // month 13
      "940305198507142312", // region starts with 9
      "440305170507142312", // year 1705
      "44030519850714231", // 17 characters
    ],
  ],
  ["Belgium national number", belgiumNationalNumberValid, [
    "85071212390",
    "01020304526", // born 2001: the check is taken with a 2 in front
    "92041527373",
    "85271212336", // BIS number, month + 20
  ], [
    "85071212391",
    "85131212335", // month 13, check digits right
    "85073212372", // 32nd day, check digits right
    "11111111111",
  ]],
  ["Swiss AHV number", swissAhvValid, [
    "7569217076985", // the AHV/AVS card's sample number, 756.9217.0769.85
    "7561234567897",
  ], [
    "7569217076986", // check digit changed
    "7579217076984", // not 756: no Swiss number, though its check digit holds
    "756921707698",
    "7560000000002", // check digit right, a stand-in of zeros
  ]],
];

for (const [name, valid, good, bad] of CASES) {
  Deno.test(`${name}: accepts published valid numbers, rejects altered ones`, () => {
    for (const s of good) ok(valid(s), `${name}: ${s} should be valid`);
    for (const s of bad) ok(!valid(s), `${name}: ${s} should be invalid`);
  });
}

Deno.test("Swiss AHV: check digit 0, and only the nine digits after 756 all equal are a stand-in", () => {
  ok(swissAhvValid("7560000000040"), "check digit 0 (10 − 0)");
  ok(swissAhvValid("7561000000009"), "1 then eight zeros");
  ok(swissAhvValid("7560000000019"), "eight zeros then 1");
  ok(!swissAhvValid("7560000000041"), "check digit changed");
});

Deno.test("Taiwan identity number: the letter's value (I, O, W out of order) weighted 1 and 9, then 8 to 1", () => {
  // Generated here: W is 32, O is 35, R is 25.
  ok(taiwanIdValid("W207455962"));
  ok(taiwanIdValid("O119335467"));
  ok(taiwanIdValid("R154229190"));
  ok(!taiwanIdValid("R154229191"), "check digit changed");
  ok(!taiwanIdValid("R354229190"), "sex digit 3");
  ok(!taiwanIdValid("r154229190"), "lower-case letter");
});

Deno.test("Irish PPS number: digits weighted 8 to 2, a second letter's value weighted 9, mod 23", () => {
  // 1234567: 112, 112 mod 23 = 20, T; with A (9 × 1): 121 mod 23 = 6, F; with W (0): T again.
  ok(irelandPpsValid("1234567T"));
  ok(irelandPpsValid("1234567FA"));
  ok(irelandPpsValid("1234567TW"));
  ok(irelandPpsValid("1234567t"), "lower case, as a URL or JSON key may write it");
  ok(!irelandPpsValid("1234567U"), "check letter changed");
  ok(!irelandPpsValid("1234567TA"), "second letter changes the check");
  ok(!irelandPpsValid("1234567X"), "X is no letter of the check");
  ok(!irelandPpsValid("123456T"), "six digits");
});
