/**
 * Telephone numbers the third red-team corpus (../corpus/pii_redteam3.jsonl) found leaking, with
 * values generated across each layout rather than single samples:
 *
 * - North American numbers in three spaced groups with no phone word (`415 867 5309`), as the
 *   numbering plan assigns them; a count (`512 733 4821 events`) and other area codes stay;
 * - a number after its name and what the log says of it (`SMS delivery failed to`,
 *   `Rufnummer ungültig:`, `numéro de téléphone invalide`), in layouts other numbers share;
 * - Argentina's mobile layout (`011 15-1234-5678`), also with its space percent-encoded in a query.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

/** A NANP number as assigned: area code 2–9, 0–8, any; exchange 2–9; four digits. */
function nanp(r: Rand): [string, string, string] {
  return [
    `${r.range(2, 9)}${r.range(0, 8)}${r.digits(1)}`,
    `${r.range(2, 9)}${r.digits(2)}`,
    r.digits(4),
  ];
}

Deno.test("North American numbers in spaces with no phone word are masked, in every syntax", () => {
  const r = new Rand(5);
  const cases: [string, string][] = [];
  for (let i = 0; i < 40; i++) {
    const v = nanp(r).join(" ");
    cases.push(
      [`{"field_7":"${v}","request_id":"${r.digits(8)}"}`, v],
      [`id,created_at,input,status\n51615,2025-01-18T17:23:33.002Z,${v},active`, v],
      [`ERROR [checkout] could not parse ${v}; will retry in 40s`, v],
      [`<value>${v}</value>`, v],
    );
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("spaced numbers that are counts, longer runs or outside the plan's area codes stay", () => {
  const r = new Rand(6);
  const lines: string[] = [];
  for (let i = 0; i < 40; i++) {
    const [a, b, c] = nanp(r);
    lines.push(
      `report generated: ${a} ${b} ${c} events`,
      `batch ${a} ${b} ${c} done: 12 ok, 0 failed`,
      `ids: 7 ${a} ${b} ${c}`,
      `ids: ${a} ${b} ${c} 42`,
      `range 1${a.slice(1)} ${b} ${c}`,
      `range ${a} 1${b.slice(1)} ${c}`,
    );
  }
  deepStrictEqual(changed(lines), []);
});

Deno.test("a number after its phone word and what the log says of it is masked", () => {
  const r = new Rand(7);
  const layouts = [
    () => `${r.range(6, 7)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`, // Spain, Poland
    () => `91 ${r.range(2, 9)}${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, // Spain, Madrid
    () => `${r.range(20, 99)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, // Denmark
    () => `${r.range(8, 9)}${r.digits(3)} ${r.digits(4)}`, // Singapore, Hong Kong
    () => `${r.range(7, 9)}${r.digits(4)} ${r.digits(5)}`, // India
  ];
  const phrases = [
    "SMS delivery failed to",
    "Rufnummer ungültig:",
    "numéro de téléphone invalide",
    "phone number rejected:",
    "mobile unreachable",
    "teléfono inválido",
  ];
  const cases: [string, string][] = [];
  for (const layout of layouts) {
    for (const phrase of phrases) {
      const v = layout();
      cases.push([`2025-10-10T04:05:20.764Z ERROR [support] ${phrase} ${v}; will retry in 7s`, v]);
      cases.push([`ValueError: ${phrase} ${v}`, v]);
    }
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("Argentina's mobile layout is masked alone and percent-encoded in a query", () => {
  const r = new Rand(8);
  const cases: [string, string][] = [];
  for (let i = 0; i < 20; i++) {
    const area = r.pick(["011", "0221", "0341"]).slice(0, 3);
    const v = `${area} 15-${r.range(2, 9)}${r.digits(3)}-${r.digits(4)}`;
    cases.push([`could not parse ${v}`, v]);
    const enc = encodeURIComponent(v);
    cases.push([`"GET /api/v2/customers/search?input=${enc}&page=1 HTTP/1.1" 200`, enc]);
  }
  deepStrictEqual(leaksOf(cases), []);
});

Deno.test("query values with an encoded space that are no phone stay", () => {
  const lines = [
    `"GET /search?q=2025%2012%2031&page=1 HTTP/1.1" 200`,
    `"GET /search?range=100%20200&page=1 HTTP/1.1" 200`,
    `"GET /search?version=1.2.3%20beta HTTP/1.1" 200`,
    `"GET /search?q=order%2012345678 HTTP/1.1" 200`,
  ];
  deepStrictEqual(changed(lines), []);
});
