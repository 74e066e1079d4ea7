/**
 * A bare `key=` whose value is short base64 of an entity's id (a word, one separator and a
 * number: `order-79250`), as a Kafka consumer's debug log prints a record's key, is no secret
 * (./assignments.ts isBareKeyValue). Base64 of anything else after `key=`, and base64 of an id
 * after a secret-named key (`api_key=`), is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a record key in base64 of an entity's id stays", () => {
  for (
    const id of ["order-79250", "tenant_1234567", "customer:98765432"]
  ) {
    const line = `2026-11-03T15:03:14.940Z DEBUG kafka record key=${btoa(id)} partition=3`;
    strictEqual(scrub(line), line);
  }
});

Deno.test("base64 of other text after key=, and of an id after a secret-named key, is masked", () => {
  for (
    const [line, value] of [
      [`kafka record key=${btoa("sk-live-12345678")} partition=3`, btoa("sk-live-12345678")],
      [`Using Key=${btoa("order-79250-Xq8HIDz2Lp0w")}`, btoa("order-79250-Xq8HIDz2Lp0w")],
      [`api_key=${btoa("order-79250")}`, btoa("order-79250")],
      ["Using Key=Zx9Qm2LwV7pK4rT8yB3nD6hJ", "Zx9Qm2LwV7pK4rT8yB3nD6hJ"],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("an entity's id: 3-20 lower-case letters, 1-12 digits, its base64 at most 44 characters", () => {
  const line = (id: string) => `kafka record key=${btoa(id)} partition=3`;
  for (
    const id of [
      "abc-1234567",
      "abcdefghijklmnopqrst-19",
      "order-123456789012",
      "abcdefghijklmnopqrst-12345678901", // 44 characters of base64
    ]
  ) strictEqual(scrub(line(id)), line(id), id);
  for (
    const id of [
      "ab-1234567",
      "abcdefghijklmnopqrstu-12",
      "order-1234567890123",
      "Order-79250",
      "order79250",
    ]
  ) ok(!scrub(line(id)).includes(btoa(id)), id);
});
