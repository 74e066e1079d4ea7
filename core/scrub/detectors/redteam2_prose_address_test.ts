/**
 * Street addresses written in prose, with no key naming them (a known miss of the second
 * red-team round): generated house numbers, street names and types, towns and postcodes in
 * English, German, French, Spanish and Italian layouts are masked; numbers before capitalised
 * words that are no street stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";

const scrubber = createScrubber();
const NAMES = ["Maple", "Evergreen", "Baker", "High", "Oak Tree", "Church", "Mill Pond", "Station"];
const TYPES = ["Street", "St.", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Boulevard", "Way"];
const TOWNS = ["Springfield, IL 62704", "Austin, TX 78701", "Portland, OR 97205"];
const PROSE = [
  (a: string) => `2025-03-01 INFO order 4411 shipped to ${a} via UPS`,
  (a: string) => `support: customer says the parcel never reached ${a}; reopening`,
  (a: string) => `{"msg":"delivery failed at ${a}","retry":true}`,
];

Deno.test("street addresses in prose are masked, in English and continental layouts", () => {
  const r = new Rand(71);
  const cases: [string, string][] = [];
  for (let i = 0; i < 60; i++) {
    const house = `${r.range(1, 9999)}${i % 7 === 0 ? "B" : ""}`;
    const street = `${house} ${r.pick(NAMES)} ${r.pick(TYPES)}`;
    const address = i % 2 ? `${street}, ${r.pick(TOWNS)}` : street;
    cases.push([PROSE[i % PROSE.length](address), street]);
  }
  const continental = [
    `Hauptstraße ${r.range(1, 200)}, 10115 Berlin`,
    `Am Lindenweg ${r.range(1, 99)}a`,
    `${r.range(1, 99)} rue de la Paix`,
    `${r.range(1, 99)} avenida de Mayo`,
    `via Roma ${r.range(1, 99)}`,
    `calle del Prado ${r.range(1, 99)}`,
  ];
  for (const a of continental) cases.push([`Lieferung an ${a} zugestellt`, a]);
  const leaks = cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value));
  deepStrictEqual(leaks.map(([l]) => l), []);
});

Deno.test("numbers before capitalised words that are no street stay", () => {
  const lines = [
    "waiting 3 more seconds before the next attempt; gateway 2 Way handshake",
    "GET /api/v1/orders 200 12ms; Found 3 Open Ports",
    "Processed 12 Orders in 40ms",
    "INFO retrying 5 Times before giving up",
    "tier 2 Support escalation opened",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
