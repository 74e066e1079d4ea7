/**
 * Keys that point at a secret kept elsewhere name no secret (the operations corpus's Helm values
 * and systemd units): their value is the secret's name or where it is loaded from, so the line
 * stays; a key that holds the secret itself, in the same files, is still read.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { keyKind } from "./key_names.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("existingSecret, LoadCredential, ImportCredential, envFromSecret name no secret", () => {
  for (
    const name of [
      "existingSecret",
      "existing_secret",
      "LoadCredential",
      "ImportCredential",
      "envFromSecret",
    ]
  ) strictEqual(keyKind(name), null, name);
  for (const name of ["SetCredential", "clientSecret", "credentials", "secret"]) {
    strictEqual(keyKind(name), "secret", name);
  }
});

Deno.test("a chart's existingSecret and a unit's LoadCredential lines stay; a literal secret does not", () => {
  for (
    const line of [
      "    existingSecret: db-credentials",
      "  auth: {existingSecret: redis-auth, existingSecretPasswordKey: redis-password}",
      "LoadCredential=db-password:/etc/credstore/db-password",
      "ImportCredential=app.*",
    ]
  ) strictEqual(scrub(line), line);
  const value = "c2VjcmV0LXZhbHVlLTQyLXF3ZXJ0eQ";
  ok(!scrub(`SetCredential=db-password:${value}`).includes(value));
  ok(!scrub(`    clientSecret: ${value}`).includes(value));
});
