/**
 * Credentials whose surroundings decide: after Bearer, the next option or key is no token but a
 * token with padding is; a cookie value `deleted` or a documentation stand-in stays; a config
 * attribute or command-line password is read from 3 characters, documentation stand-ins left.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./generic_credentials.ts";

const random = seededRandom(0xbea7);
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const masked = (id: string, line: string, value: string) =>
  matchDetector(detector(id), line).some((s) => line.slice(s.start, s.end) === value);
const NON_SEQUENTIAL = "Zq8mK2pLw7Rt9xQa4Vb3";

Deno.test("after Bearer: an option or the next key is no token; a padded token is, wherever it stands", () => {
  for (let k = 0; k < 50; k++) {
    const option = `--${random.chars(1, "abcdefghij")}${
      random.chars(4 + random.int(8), "abcdefghij0123-_")
    }`;
    strictEqual(
      masked("bearer-token", `aws x --token-type Bearer ${option} y`, option),
      false,
      option,
    );
    const key = `${random.chars(6 + random.int(6), "abcdefghij_")}=`;
    strictEqual(masked("bearer-token", `token_type=Bearer ${key}3600 z`, key), false, key);
    const token =
      random.chars(16 + random.int(10), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") +
      "=";
    for (const line of [`auth header Bearer ${token} ok`, `Bearer ${token}`, `"Bearer ${token}"`]) {
      strictEqual(masked("bearer-token", line, token), true, line);
    }
  }
  for (const value of ["--abcdefgh/ijk9", `${NON_SEQUENTIAL}--region`, `--9${NON_SEQUENTIAL}`]) {
    strictEqual(masked("bearer-token", `Bearer ${value} ok`, value), true, value);
  }
});

Deno.test("a cookie value deleted, in any case, or a documentation stand-in stays; others are masked", () => {
  for (
    const value of ["deleted", "DELETED", "Deleted", "placeholder", "changeme42x", "xexamplex42Q"]
  ) {
    strictEqual(masked("cookie-value", `Cookie: session=${value}; lang=en`, value), false, value);
  }
  for (const value of [NON_SEQUENTIAL, "deleted2x9Qk", "undeleted8Zq"]) {
    strictEqual(masked("cookie-value", `Cookie: session=${value}; lang=en`, value), true, value);
  }
});

Deno.test("config attributes and command-line passwords: from 3 characters, stand-ins left", () => {
  for (let k = 0; k < 30; k++) {
    for (const length of [1, 2, 3, 4]) {
      const value = random.chars(1, "qxz") + random.chars(length - 1, "9#7!");
      const attribute = `<add key="DbPassword" value="${value}"/>`;
      strictEqual(masked("config-attribute-secret", attribute, value), length >= 3, attribute);
      const command = `mysql -u app -p${value} -h db`;
      strictEqual(masked("cli-password-flag", command, value), length >= 3, command);
    }
  }
  for (const value of ["changeme", "example", "placeholder"]) {
    strictEqual(
      masked("config-attribute-secret", `<add key="ApiToken" value="${value}"/>`, value),
      false,
    );
    strictEqual(masked("cli-password-flag", `mysql -u app -p${value} -h db`, value), false, value);
  }
});
