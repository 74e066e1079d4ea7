/**
 * A customer that is a company, named with its legal form (`customer=Acme Corporation`,
 * `"customer":"Initech Inc."`, `Customer: Globex Industries Ltd`, an LLC), as billing and CRM
 * logs of business customers print it, is no person's name; a person's name after the same keys
 * is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0xac3e);
const int = (n: number) => Math.floor(next() * n);
const pick = <T>(items: readonly T[]) => items[int(items.length)];
const WORDS = ["Acme", "Globex", "Initech", "Northwind", "Contoso", "Umbrella", "Stark", "Wayne"];
const MORE = ["", " Industries", " Health", " Logistics", " Foods", " Analytics"];
const FORMS = ["Inc.", "Inc", "Ltd", "Ltd.", "LLC", "Corp.", "Corporation"];

Deno.test("business customers named with their legal form are kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 80; k++) {
    const company = `${pick(WORDS)}${pick(MORE)} ${pick(FORMS)}`;
    const line = pick([
      `2026-11-0${1 + int(9)}T14:22:05Z INFO billing invoice in_${
        int(99999)
      } issued customer=${company}`,
      `{"level":"info","msg":"subscription renewed","customer":"${company}","plan":"enterprise"}`,
      `Customer: ${company}`,
      `[crm] account synced (cardholder: ${company})`,
    ]);
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("a person's name after the same keys is still masked", () => {
  const scrubber = createScrubber();
  const given = ["Amara", "Jonas", "Priya", "Mateo", "Ingrid", "Kwame", "Sofia", "Henrik"];
  const family = ["Okafor", "Lindqvist", "Raman", "Silva", "Brandt", "Mensah", "Rossi", "Novak"];
  for (let k = 0; k < 60; k++) {
    const name = `${pick(given)} ${pick(family)}`;
    const line = pick([`customer=${name}`, `{"customer":"${name}"}`, `Customer: ${name}`]);
    ok(!scrubber.scrub(line).text.includes(name), line);
  }
});
