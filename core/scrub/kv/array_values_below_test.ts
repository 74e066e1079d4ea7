/**
 * An array opened at the end of a secret-named key's line (`"passwords": [` in JSON over several
 * lines, a Python or TOML list `DB_PASSWORDS = [`) holds that key's values: each line below holding
 * one quoted string is one, up to the `]`. What a key's value keeps on its line (placeholders,
 * references, no secret name), an item keeps; a line that is no quoted string ends the reading.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function values(seed: number, count: number): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let v = "";
    for (let i = 0; i < 14; i++) v += ALNUM[Math.floor(rnd() * ALNUM.length)];
    return v + String(Math.floor(rnd() * 90) + 10);
  });
}

Deno.test("each quoted item of an array below a secret-named key is masked", () => {
  const [a, b, c] = values(0x4a5f21, 3);
  for (
    const text of [
      `{\n  "passwords": [\n    "${a}",\n    "${b}",\n    "${c}"\n  ],\n  "port": 5432\n}`,
      `    "legacy_db_passwords": [\n      "${a}",\n      "${b}"\n    ],`,
      `DB_PASSWORDS = [\n    '${a}',\n    '${b}',\n    "${c}",\n]`,
      `client_secret = [\n  "${a}",\n  "${b}"\n]`,
    ]
  ) {
    const out = scrub(text);
    ok(![a, b, c].some((v) => text.includes(v) && out.includes(v)), `${text} -> ${out}`);
  }
});

Deno.test("the reading ends at the array's end and at a line that is no quoted string", () => {
  const [a, b] = values(0x4a5f22, 2);
  for (
    const text of [
      `"passwords": [\n  "${a}"\n],\n"greeting": "${b}"`,
      `"passwords": [\n  { "id": 1 },\n  "${b}"\n]`,
      `"passwords": [\n  count,\n  "${b}"\n]`,
    ]
  ) strictEqual(scrub(text).includes(b), true, text);
});

Deno.test("an array below a name that says no secret, or placeholders in it, are kept", () => {
  const [a] = values(0x4a5f23, 1);
  for (
    const text of [
      `"hosts": [\n  "${a}",\n  "db2.internal"\n]`,
      `"page_tokens": [\n  "${a}"\n]`,
      `"passwords": [\n  "\${DB_PASSWORD}",\n  "<your-password>",\n  "",\n  "changeme"\n]`,
      `"passwords": []`,
    ]
  ) strictEqual(scrub(text), text);
});
