/**
 * An identifier glued to the `is` after its name (`my finnish id code is<HETU>`, `swedish id
 * code is<personnummer>`) is masked as it is with the space; glued to a word that only ends in
 * `is` (`thesis`, `this`), or with a wrong check, it stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { hetu, personnummer, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const r = new Rand(0x15);
const ids = Array.from(
  { length: 8 },
  (_, i) =>
    i % 2 === 0
      ? { name: "finnish id code", value: hetu(r) }
      : { name: "swedish id code", value: personnummer(r, true).replace("-", "") },
);

Deno.test("an id glued to the `is` after its name is masked", () => {
  const lines = ids.map(({ name, value }) => [`My ${name} is${value}.`, value]);
  deepStrictEqual(lines.filter(([line, value]) => scrubber.scrub(line).text.includes(value)), []);
});

Deno.test("an id glued to a word ending in `is`, or with a wrong check, stays", () => {
  const wrong = (v: string) => v.slice(0, -1) + (v.at(-1) === "1" ? "2" : "1");
  const lines = ids.flatMap(({ name, value }) => [
    `${name}: thesis${value}`,
    `${name} this${value}`,
    `My ${name} is${wrong(value)}.`,
  ]);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
