/**
 * A path given as a secret-named key's value is where the secret is kept, also when the prose
 * around it closes a bracket right after it (`(secrets loaded via
 * LoadCredential=api-key:/etc/credstore/api-key).`). Found blind by the benign corpus
 * (../corpus/benign8.jsonl, `systemd-journal`). A value with its own opening bracket, or one
 * that is no path, is judged as before.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a path closed by the sentence's bracket stays", () => {
  for (
    const line of [
      "Started auth-svc.service - Acme checkout (secrets loaded via LoadCredential=api-key:/etc/credstore/api-key).",
      "(token: /run/secrets/deploy_token)",
      "[password=/etc/app/db.pass]",
      "config {api_key: /etc/keys/api.key},",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a secret closed by a bracket is still masked", () => {
  for (
    const [line, secret] of [
      ["(token: Xk9pQ2rT7vW3mN8bLz4)", "Xk9pQ2rT7vW3mN8bLz4"],
      ["(api-key:Zq8Kd2Lm9Xp4Rt7Vw1Yb3).", "Zq8Kd2Lm9Xp4Rt7Vw1Yb3"],
      ["[password=Sup3r/S3cret/2026x]", "Sup3r/S3cret/2026x"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
