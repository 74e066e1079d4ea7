/**
 * A command substitution that only prints a literal (`$(echo v)`, `$(echo -n "v")`,
 * `$(printf '%s' v)`, `` `echo v` ``) is that literal: it is masked as any value under its key or
 * scheme would be. One that prints a variable or runs another command stays a reference.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { echoedLiteralAt } from "./echoed_literal.ts";
import { isPlaceholder } from "../placeholders.ts";
import { seededRandom } from "../corpus/token_generator.ts";

/** Seeded (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eec1);

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random token of `length` letters and digits (the next from the seeded generator). */
function token(length: number): string {
  const bytes = Uint8Array.from({ length }, () => Math.floor(random() * 256));
  return [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("") + "7Qx";
}

const FORMS = [
  (v: string) => `Authorization: Bearer $(echo ${v})`,
  (v: string) => `curl -H "Authorization: Bearer $(echo ${v})" https://api.internal/v1/items`,
  (v: string) => `curl -H "Authorization: token $(echo -n '${v}')" https://api.internal`,
  (v: string) => `export TOKEN=$(echo ${v})`,
  (v: string) => `export TOKEN=$(echo -n "${v}")`,
  (v: string) => `export API_KEY=$(echo -e '${v}')`,
  (v: string) => `export TOKEN=$(printf '%s' ${v})`,
  (v: string) => `export TOKEN="$(printf '%s\\n' ${v})"`,
  (v: string) => "export TOKEN=`echo " + v + "`",
  (v: string) => `password: $(echo "${v}")`,
  (v: string) => `DB_PASSWORD="$(echo ${v})" ./migrate.sh`,
];

Deno.test("a literal printed by $(echo …), $(printf '%s' …) or `echo …` is masked", () => {
  for (let round = 0; round < 20; round++) {
    for (const form of FORMS) {
      const value = token(16 + round);
      const line = form(value);
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(value), `${line} -> ${out}`);
      ok(out.includes("echo") || out.includes("printf"), `only the literal is masked: ${out}`);
    }
  }
});

Deno.test("a substitution that is only part of a value leaves the whole value masked", () => {
  for (let round = 0; round < 20; round++) {
    const head = token(8 + round), tail = token(8);
    for (
      const line of [
        `export TOKEN="$(echo ${head})${tail}"`,
        `password: "$(echo ${head}) ${tail}"`,
      ]
    ) {
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(head) && !out.includes(tail), `${line} -> ${out}`);
    }
  }
});

Deno.test("a substitution printing a variable or running another command stays", () => {
  const lines = [
    "export TOKEN=$(echo $VAR)",
    'export TOKEN=$(echo "${VAR}")',
    "export TOKEN=$(cat /run/secrets/api_token)",
    "Authorization: Bearer $(gcloud auth print-access-token)",
    "export VAULT_TOKEN=$(vault kv get -field=token secret/app)",
    'curl -H "Authorization: Bearer $(echo $ACCESS_TOKEN)" https://api.internal',
    "export TOKEN=$(echo changeme)",
  ];
  for (const line of lines) strictEqual(scrubWholeAndStreamed(line), line);
});

Deno.test("echoedLiteralAt reads only a substitution closed as it opened", () => {
  const line = "x=$(echo 'abc') y=`echo abc) z=$(echo abc`";
  const at = echoedLiteralAt(line, 2);
  if (at === null) throw new Error("$(echo 'abc') not read");
  strictEqual(line.slice(at[0], at[1]), "abc");
  strictEqual(at[2], line.indexOf(" y="));
  strictEqual(echoedLiteralAt(line, line.indexOf("`")), null);
  strictEqual(echoedLiteralAt(line, line.lastIndexOf("$(")), null);
  strictEqual(echoedLiteralAt("$(echo a b)", 0), null);
});

Deno.test("the placeholder allowlist judges the literal a substitution prints, not the command", () => {
  for (let round = 0; round < 20; round++) {
    const value = token(20 + round);
    for (
      const candidate of [`$(echo ${value})`, `$(echo -n "${value}")`, `$(printf '%s' ${value})`]
    ) {
      strictEqual(isPlaceholder(candidate), false, candidate);
    }
  }
  for (
    const candidate of [
      "$(echo changeme)",
      "$(echo '<your-token>')",
      "$(echo $TOKEN)",
      "$(cat /run/secrets/token)",
      "$(gcloud auth print-access-token)",
    ]
  ) strictEqual(isPlaceholder(candidate), true, candidate);
});
