/**
 * A bare name given to an object literal's member in code (`password: token,` ending its line,
 * `{secret: configSecret}` after `(`, `=`, `[` or `return`) is a variable, kept; a value in a
 * YAML line or flow map, or a name with a digit inside, stays masked.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("a variable given to an object literal's member is kept", () => {
  for (
    const text of [
      "    password: token,",
      "  secret: configSecret,",
      "    password: db_password2,",
      "const cfg = { password: dbPassword, user };",
      "connect({secret: configSecret})",
      'data = {"login": login, "password": new_password}',
      "  return { apiKey: api_key, region };",
      "const list = [{ token: accessToken }];",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("a generated value in a YAML line, a flow map or an object stays masked", () => {
  const rnd = seededRandom(0x0b7ec7);
  const pick = (s: string) => s[Math.floor(rnd() * s.length)];
  for (let n = 0; n < 20; n++) {
    let v = "";
    for (let i = 0; i < 5; i++) v += pick("abcdefghkmnpqrstuvwxyz") + pick("23456789");
    v += pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + pick("23456789") + "x";
    for (
      const text of [
        `password: ${v}`,
        `  password: ${v},`,
        `db: {password: ${v}, user: app}`,
        `const cfg = { password: ${v}, user };`,
        `{password: ${v}}`,
      ]
    ) strictEqual(scrub(text).includes(v), false, text);
  }
  for (const text of ["db: {password: sunshine, user: app}", "{password: sunshine}"]) {
    strictEqual(scrub(text).includes("sunshine"), false, text);
  }
  // A word with digits after it is a password's shape, not a variable's, even ending its line.
  for (const text of ["    password: hunter2,", "  password: welcome12,"]) {
    strictEqual(/hunter2|welcome12/.test(scrub(text)), false, text);
  }
});
