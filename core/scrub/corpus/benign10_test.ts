/**
 * The tenth benign audit (./benign10.jsonl, written by ./gen_benign10.ts without reading the
 * detectors): what financial messaging and trading, crypto nodes and exchanges, e-commerce and
 * shipping, telecom network elements, healthcare integration engines, science pipelines, CAD/PLM,
 * ERP batch jobs, mainframes, broadcast, automotive, aviation, maritime, satellites,
 * localisation, search engines, BI tools, static site generators and ten languages' compilers and
 * linters print when nothing sensitive is in them, with one control in thirteen holding a real
 * secret or personal value. The stored file is what the generator writes, every case is well
 * formed, and the default engine scores at least the figures it reaches, by the shared scorer's
 * rules. The floors only rise.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { BENIGN10_FILE, benign10Text, generateBenign10 } from "./gen_benign10.ts";

const cases = generateBenign10();

Deno.test("the stored tenth benign corpus is the generator's output (run gen_benign10.ts)", async () => {
  strictEqual(await Deno.readTextFile(BENIGN10_FILE), benign10Text(cases));
});

Deno.test("every tenth-benign-corpus case is well formed: ids unique, values in their text, a tier for personal data, ~92 % benign", () => {
  deepStrictEqual(
    malformedCases(cases, { minCases: 800, benignShare: [0.9, 0.95], tiers: true }),
    [],
  );
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. Scored before any fix:
 * secret 1.000, PII 1.000 (core 1.000), benign 0.945 (735 of 778). Benign rose (0.977, 760) with
 * the zero and burn addresses read as nobody's, `scriptPubKey` as a public key's name and an
 * asset's symbol (`USDT-TRC20`) under `token` as no token. Still changed, 18: a ground station's
 * `pass=KIRUNA-1251` (`pass` is a password's short name), an OUCH order's `token=` of 14 random
 * characters (a secret's shape under a secret's name), a Fluent label `login-password =
 * Passwort` (the value a word for password), and two numbers that pass Luhn from a card's prefix
 * (an HL7 `MSA` control id, a transfer's value in wei).
 */
const FLOORS = { secret: 1, pii: 1, core: 1, benign: 0.976 };

Deno.test("the engine scores at least the reached figures on the tenth benign corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
