/**
 * base64-user-password reads only the base64 runs of 12 digits or more, looking at every 12th
 * character: a credential of the shortest length (12 digits: 9 bytes of `user:pass`) is found
 * at every offset on a line, after every kind of text before it, padded or not.
 */
import { deepStrictEqual } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./encoded_credentials.ts";

const userPassword = detectors.find((d) => d.id === "base64-user-password")!;

Deno.test("base64-user-password finds a 12 to 16 digit credential at every offset", () => {
  // 9, 10, 11 and 12 bytes: 12, 14 (+ ==), 15 (+ =) and 16 digits.
  const values = ["ab:cdefgh", "ab:cdefghi", "ab:cdefghij", "ab:cdefghijk"].map((v) => btoa(v));
  const befores = ["x", "ab", "_-", "é", " ", "=", "cred ", "key:"];
  let checked = 0;
  for (const value of values) {
    for (const before of befores) {
      for (let offset = 0; offset <= 30; offset++) {
        const head = `cred ${before.repeat(offset)}`.slice(0, 5 + offset);
        // The text before ends in no base64 digit, so the run is the value alone.
        const line = `${head.replace(/[A-Za-z0-9+/_-]$/, " ")} ${value} tail`;
        const start = line.indexOf(value);
        const spans = matchDetector(userPassword, line).map((s) => [s.start, s.end]);
        deepStrictEqual(spans, [[start, start + value.length]], JSON.stringify(line));
        checked++;
      }
    }
  }
  deepStrictEqual(checked, 4 * 8 * 31);
});

Deno.test("base64-user-password finds credentials one character apart", () => {
  const value = btoa("ab:cdefgh"); // 12 digits, the shortest
  for (const between of [" ", ",", ":", "é"]) {
    const line = `creds=${value}${between}${value}${between}${value}`;
    const second = 6 + value.length + between.length;
    const third = second + value.length + between.length;
    const spans = matchDetector(userPassword, line).map((s) => s.start);
    deepStrictEqual(spans, [6, second, third], JSON.stringify(line));
  }
});
