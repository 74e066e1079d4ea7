/**
 * The third red-team PII corpus (./pii_redteam3.jsonl, written by ./gen_pii_redteam3.ts before
 * reading the detectors): the stored file is what the generator writes, every case is well
 * formed, the identifiers it builds from their published rules (./pii_redteam3_values.ts, written
 * apart from the scrubber) pass the scrubber's own check-digit rules — two implementations of each
 * rule agree — and the whole default engine scores at least today's figures on it, by the shared
 * scorer's rules (a value leaks when its text survives; a benign case must come out unchanged).
 * The floors only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import * as N from "../checksums/national_ids.ts";
import * as G from "../checksums/registry_ids.ts";
import { ibanValid } from "../checksums/iban.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { segwitAddressValid } from "../checksums/bech32.ts";
import { generateRedTeam3, REDTEAM3_FILE, redTeam3Text } from "./gen_pii_redteam3.ts";
import * as V from "./pii_redteam3_values.ts";

const cases = generateRedTeam3();

Deno.test("the stored third red-team corpus is the generator's output (run gen_pii_redteam3.ts)", async () => {
  strictEqual(await Deno.readTextFile(REDTEAM3_FILE), redTeam3Text(cases));
});

Deno.test("every third red-team case is well formed: ids unique, each value in its text, ~40 % benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 400, benignShare: [0.35, 0.45] }), []);
});

/** Each generator and the scrubber's rule for what it generates. */
const RULES: [string, (r: V.Rand) => string, (v: string) => boolean][] = [
  ["card", (r) => V.card(r, r.pick(["visa", "amex", "diners", "unionpay", "jcb"])), luhnValid],
  ["iban", (r) => V.iban(r, r.pick(V.IBAN_COUNTRIES)), ibanValid],
  ["ssn", V.ssn, N.usSsnValid],
  ["hetu", V.hetu, N.finlandHetuValid],
  ["personnummer", (r) => V.personnummer(r, false).replace("-", ""), N.swedenPersonnummerValid],
  ["organisationsnummer", (r) => V.orgNumber(r).replace("-", ""), G.swedenOrgNumberValid],
  ["rrn", (r) => V.rrn(r).replace("-", ""), (v) => N.koreaRrnValid(v, true)],
  ["tckn", V.tckn, N.turkeyTcknValid],
  ["dni", V.dni, N.spainDniNieValid],
  ["nie", V.nie, N.spainDniNieValid],
  ["cif", V.cif, G.spainCifValid],
  ["nric", V.nric, N.singaporeNricValid],
  ["thai id", V.thaiId, N.thailandTninValid],
  ["aadhaar", V.aadhaar, N.aadhaarValid],
  ["gstin", V.gstin, G.indiaGstinValid],
  ["sin", V.sin, N.canadaSinValid],
  ["steuer-id", V.steuerId, N.steuerIdValid],
  ["npi", V.npi, G.usNpiValid],
  ["aba", V.aba, G.usAbaRoutingValid],
  ["mbi", V.mbi, N.usMbiValid],
  ["nino", V.nino, N.ukNinoValid],
  ["nhs", V.nhs, N.nhsNumberValid],
  ["pesel", V.pesel, N.peselValid],
  ["codice fiscale", V.codiceFiscale, N.italyCodiceFiscaleValid],
  ["abn", V.abn, G.australiaAbnValid],
  ["acn", V.acn, G.australiaAcnValid],
  ["tfn", V.tfn, N.australiaTfnValid],
  ["medicare", V.medicare, N.australiaMedicareValid],
  ["sa id", V.saId, N.southAfricaIdValid],
  ["bech32", V.bech32Address, (v) => segwitAddressValid(v, ["bc"])],
];

for (const [name, make, valid] of RULES) {
  Deno.test(`${name}: 200 values built from the published rule pass the scrubber's rule`, () => {
    const r = new V.Rand(777);
    for (let i = 0; i < 200; i++) {
      const value = make(r);
      ok(valid(value), `${name} ${value}`);
    }
  });
}

/** Today's figures (rounded down): a change that lowers one fails here. */
const FLOORS = { pii: 0.98, core: 0.985, benign: 1 };

Deno.test("the engine scores at least today's figures on the third red-team corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
