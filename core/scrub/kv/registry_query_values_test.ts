/**
 * `reg query` prints a registry value as its name, its type and its data in columns four spaces
 * apart (`    DefaultPassword    REG_SZ    v`, Winlogon's auto-logon password): a string type
 * (`REG_SZ`, `REG_EXPAND_SZ`) stands between a secret-named value and its data as a declared type
 * does between a key and its value. Found by a blind red team of Windows tool output (its values
 * stay outside the repository); the values here are generated, seeded.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(4107);
const HIVE = "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon";

Deno.test("a secret-named registry value's string data is masked after its type", () => {
  for (const name of ["DefaultPassword", "ProxyPassword", "ApiToken", "ClientSecret"]) {
    for (const type of ["REG_SZ", "REG_EXPAND_SZ"]) {
      const value = secretFrom(random);
      const text =
        `${HIVE}\n    DefaultUserName    REG_SZ    svc-kiosk\n    ${name}    ${type}    ${value}`;
      const out = scrub(text);
      ok(!out.includes(value), `${JSON.stringify(text)} -> ${out}`);
      ok(out.includes(`    ${name}    ${type}    `) && out.includes("svc-kiosk"), out);
    }
  }
});

Deno.test("values naming no secret, and empty or numeric data, stay", () => {
  for (
    const text of [
      `${HIVE}\n    DefaultUserName    REG_SZ    svc-kiosk\n    AutoAdminLogon    REG_SZ    1`,
      "    DefaultPassword    REG_SZ    ",
      "    PasswordExpiryWarning    REG_DWORD    0x5",
      "    Shell    REG_SZ    explorer.exe",
    ]
  ) strictEqual(scrub(text), text);
});
