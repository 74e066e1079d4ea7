/**
 * A value Spring Cloud Config's server encrypted, `{cipher}` and its ciphertext in hex or base64
 * (`password: '{cipher}AQA8…'`, as its docs write YAML, and as the server serves it when asked
 * not to decrypt), is no secret: the key stays on the server (./placeholders.ts). A password
 * written after the word is still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber();

Deno.test("Spring Cloud Config's {cipher} values keep their lines", () => {
  const lines = [
    "spring.datasource.password={cipher}682bc583f4641835fa2db009355293665d2647dade3375c0ee201de2a49f7bda",
    "    password: '{cipher}AQA8m0JgR0dM6dU4oW1o7yjK+Yk3kfY4p8JH1oXcZ9rT0n4='",
    '{"spring.datasource.password":"{cipher}AQB7d2f6a8c9e0b1f2a3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d"}',
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a password with a symbol after {cipher}, or before it, is still masked", () => {
  for (const v of ["{cipher}Granite!Harbor42", "Granite!Harbor42{cipher}"]) {
    const out = scrubber.scrub(`    password: '${v}'`).text;
    strictEqual(out.includes("Granite!Harbor42"), false, out);
  }
});
