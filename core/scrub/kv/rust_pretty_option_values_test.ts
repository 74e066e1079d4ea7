/**
 * Rust's pretty debug print (`{:#?}`) breaks an `Option<String>` over lines: `password: Some(`,
 * then the string on the next line, then `),`. The string under a secret-named field is masked,
 * the other fields' kept; a stand-in and `None` stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x5013e);
const field = (name: string, value: string) => `    ${name}: Some(\n        ${value},\n    ),`;

Deno.test("a secret field's Some( over lines is masked, the other fields kept", () => {
  for (const name of ["admin_password", "db_password", "api_token", "client_secret"]) {
    const secret = secretFrom(random);
    const text = [
      "Settings {",
      "    port: 5672,",
      field("host", '"cache-01.svc.local"'),
      field(name, `"${secret}"`),
      "}",
    ].join("\n");
    const out = scrubWholeAndStreamed(text);
    ok(!out.includes(secret), out);
    ok(out.includes(field("host", '"cache-01.svc.local"')), out);
    ok(out.includes(`    ${name}: Some(\n        "[REDACTED:`), out);
  }
});

Deno.test("a stand-in or None in a secret field's Some( stays", () => {
  for (
    const text of [
      `Settings {\n${field("db_password", '"********"')}\n}`,
      `Settings {\n${field("api_token", "None")}\n}`,
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});
