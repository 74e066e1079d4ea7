import { ok } from "@node/assert";
import { ibanValid } from "./iban.ts";

Deno.test("iban accepts the registry's example IBANs, with or without spaces", () => {
  for (
    const iban of [
      "GB82WEST12345698765432",
      "GB82 WEST 1234 5698 7654 32",
      "DE89370400440532013000",
      "FR1420041010050500013M02606",
      "NL91ABNA0417164300",
      "BE68539007547034",
      "NO9386011117947",
      "CH9300762011623852957",
    ]
  ) ok(ibanValid(iban), iban);
});

Deno.test("iban rejects a wrong check, a wrong length, an unknown country and lower case", () => {
  for (
    const iban of [
      "GB82WEST12345698765431",
      "GB83WEST12345698765432",
      "DE8937040044053201300",
      "ZZ82WEST12345698765432",
      "gb82west12345698765432",
      "",
    ]
  ) ok(!ibanValid(iban), iban);
});
