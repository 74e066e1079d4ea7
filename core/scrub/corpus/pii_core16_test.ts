/**
 * The core personal-data corpus (./pii_core16.jsonl, written by ./gen_pii_core16.ts: cards of
 * every network and length, IBANs of 50 countries, e-mail addresses, phone numbers of 52
 * numbering plans, IPv4 and IPv6 addresses, SSNs and checked national ids, in the carriers real
 * logs put them in, with benign twins in the same carriers): the stored file is what the generator
 * writes, every case is well formed, and the default engine scores at least today's figures on it
 * by the shared scorer's rules (a value leaks when its text survives; a benign case must come out
 * unchanged). The floors only rise.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { CORE16_FILE, core16Text, generateCore16 } from "./gen_pii_core16.ts";

const cases = generateCore16();

Deno.test("the stored core personal-data corpus is the generator's output (run gen_pii_core16.ts)", async () => {
  strictEqual(await Deno.readTextFile(CORE16_FILE), core16Text(cases));
});

Deno.test("every core personal-data case is well formed: ids unique, each value in its text, ~20 % benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 2000, benignShare: [0.15, 0.3] }), []);
});

/**
 * Today's figures, rounded down: 1635 of 1660 values masked, every benign case kept. What stays:
 * a card glued to a word's colon that names no card, or after a slash that no `cards` precedes
 * (`&{Number:4539-…}`, `/orders/4539…/`: no number run starts after `:` or `/`, the line shape
 * every card search starts from), lower-case IBANs in a TSV row with no word naming them, a
 * version-shaped address (every part ≤ 30) in a carrier that names no address
 * (`client [8.1.20.10]`, a VPC flow log's column, `PING …`), national numbers with no trunk
 * prefix after a weak word (`support line 628 908 172 ext. 45`, `M: 690 106 903`), and an IPv6
 * address with a four-digit port and no brackets.
 */
const FLOORS = { pii: 0.984, core: 0.984, benign: 1 };

Deno.test("the default engine scores at least today's figures on the core personal-data corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
