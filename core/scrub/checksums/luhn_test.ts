import { ok } from "@node/assert";
import { luhnValid } from "./luhn.ts";

Deno.test("luhn accepts published valid numbers", () => {
  // The worked example of ISO/IEC 7812 and the card networks' public test numbers.
  for (
    const n of [
      "79927398713",
      "4111111111111111",
      "5555555555554444",
      "378282246310005",
      "046454286",
    ]
  ) {
    ok(luhnValid(n), n);
  }
});

Deno.test("luhn rejects a changed digit, a transposition and non-digits", () => {
  for (const n of ["79927398710", "4111111111111112", "4111111111111121", "4111-1111", "", "7"]) {
    ok(!luhnValid(n), n);
  }
});
