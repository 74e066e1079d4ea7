/**
 * A value that is a dotted name in code ending in the key's own name (`secret_length =
 * X25519.secret_length`, `client_secret = Settings.client_secret`) only says where the value is
 * (./assignments.ts namesOnly): it stays; a value merely starting like one is still a secret.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a dotted name ending in the key's own name stays", () => {
  for (
    const line of [
      "secret_length = X25519.secret_length",
      "client_secret = Settings.client_secret",
      "private_key: Cfg2.Keys.private_key",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a value that only starts like a field, or a field of another name, is masked", () => {
  for (
    const [line, value] of [
      ["client_secret = Settings.client_secret_2x9Qm7LwVb", "2x9Qm7LwVb"],
      ["api_token = X9f3k.Zq8mP2vL7wR4tN6yB1", "Zq8mP2vL7wR4tN6yB1"],
      ['client_secret = "Settings.client_secret"', "Settings.client_secret"],
    ]
  ) ok(!scrub(line).includes(value), line);
});
