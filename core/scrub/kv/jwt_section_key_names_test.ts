/**
 * ASP.NET Core's configuration read from the environment, `__` between a section and its key
 * (`Jwt__Key=`, `JwtSettings__Key=`): a JWT section's `Key` is the key tokens are signed with, a
 * secret. Another section's `Key` (`Cache__Key`) and the JWT section's other settings
 * (`Jwt__Issuer`, `Jwt__KeyId`) stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

Deno.test("a JWT section's Key read from the environment names a secret", () => {
  const named = ["Jwt__Key", "JWT__KEY", "JwtSettings__Key", "JwtBearer__Key", "App__Jwt__Key"];
  deepStrictEqual(named.filter((name) => keyKind(name) !== "secret"), []);
  const others = ["Cache__Key", "Redis__Key", "Jwt__Issuer", "Jwt__KeyId", "Jwt__Audience"];
  deepStrictEqual(others.filter((name) => keyKind(name) !== null), []);
});

Deno.test("the signing key under a JWT section's Key is masked in the environment's syntaxes", () => {
  const value = "Vq8Lz3Nw7Kt2Rb5Hx9Mc4Pd6Fs1Gy0Ju";
  for (
    const line of [
      `Jwt__Key=${value}`,
      `export JwtSettings__Key="${value}"`,
      `{"Env":["ASPNETCORE_ENVIRONMENT=Production","Jwt__Key=${value}"]}`,
      `  - JwtBearer__Key=${value}`,
    ]
  ) {
    strictEqual(scrubWholeAndStreamed(line).includes(value), false, line);
  }
});

Deno.test("another section's Key and a JWT section's reference stay", () => {
  for (const line of ["Cache__Key=products-v2", "Jwt__Key=${JWT_SIGNING_KEY}"]) {
    strictEqual(scrubWholeAndStreamed(line), line);
  }
});
