/**
 * A password, secret or key whose value a YAML file writes on the line below its key (`password:
 * |`, `client_secret: >-`, `ibm_cloud_key:` alone) is masked there under its key's detector, and
 * the next key of the file is left as it is.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a credential written below its key is masked by the key's detector", () => {
  const cases: [key: string, value: string, id: string][] = [
    ["password", "correct-horse-battery", "password-assignment"],
    ["db_passwd", "hunter2hunter", "password-assignment"],
    ["client_secret", "Zx9Qm2LwV7pK4rT8", "secret-assignment"],
    ["api_token", "Zx9Qm2LwV7pK4rT8", "secret-assignment"],
    ["ibm_cloud_key", "Zx9Qm2LwV7pK4rT8yB3n", "key-assignment-high-entropy"],
  ];
  for (const [key, value, id] of cases) {
    for (const opener of ["", " |", " >-"]) {
      const text = `service:\n  ${key}:${opener}\n    ${value}\n  pool: 5`;
      strictEqual(
        scrubber.scrub(text).text,
        `service:\n  ${key}:${opener}\n    [REDACTED:${id}]\n  pool: 5`,
        text,
      );
    }
  }
});
