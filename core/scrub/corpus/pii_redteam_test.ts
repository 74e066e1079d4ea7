/**
 * The red-team PII corpus (./pii_redteam.jsonl, written by ./gen_pii_redteam.ts): the stored file
 * is what the generator writes, every case is well formed, and the national identifiers it
 * builds from their published rules (./pii_redteam_values.ts, written apart from the scrubber)
 * pass the scrubber's own check-digit rules: two implementations of each rule agree.
 * Its recall is measured by the scorer, not asserted here.
 */
import { ok, strictEqual } from "@node/assert";
import * as N from "../checksums/national_ids.ts";
import { australiaAbnValid, usAbaRoutingValid, usNpiValid } from "../checksums/registry_ids.ts";
import { ibanValid } from "../checksums/iban.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { generateRedTeamCases, REDTEAM_FILE, redTeamText } from "./gen_pii_redteam.ts";
import * as V from "./pii_redteam_values.ts";

Deno.test("the stored red-team corpus is the generator's output (run gen_pii_redteam.ts after a change)", async () => {
  strictEqual(await Deno.readTextFile(REDTEAM_FILE), redTeamText(generateRedTeamCases()));
});

Deno.test("every red-team case is well formed: each secret is in its text, benign cases have none", () => {
  const cases = generateRedTeamCases();
  ok(cases.filter((c) => c.kind === "pii").length >= 400, "personal-data cases");
  ok(cases.filter((c) => c.kind === "benign").length >= 200, "benign cases");
  strictEqual(new Set(cases.map((c) => c.id)).size, cases.length, "ids are unique");
  for (const c of cases) {
    if (c.kind === "benign") ok(c.expect_unchanged && c.secrets.length === 0, c.id);
    else ok(c.secrets.length > 0 && c.secrets.every((s) => c.text.includes(s)), c.id);
  }
});

/** Each generator and the scrubber's rule for what it generates. */
const RULES: [string, (r: V.Rand) => string, (v: string) => boolean][] = [
  ["card", (r) => V.card(r, r.int(20)).pan, luhnValid],
  ["iban", (r) => V.iban(r, r.int(30)), ibanValid],
  ["ssn", V.ssn, N.usSsnValid],
  ["hetu", V.hetu, N.finlandHetuValid],
  [
    "personnummer",
    (r) => V.personnummer(r, r.int(2) === 1).replace("-", ""),
    N.swedenPersonnummerValid,
  ],
  ["rrn", (r) => V.rrn(r).replace("-", ""), (v) => N.koreaRrnValid(v, true)],
  ["tckn", V.tckn, N.turkeyTcknValid],
  ["dni", V.dni, N.spainDniNieValid],
  ["nie", V.nie, N.spainDniNieValid],
  ["nric", V.nric, N.singaporeNricValid],
  ["aadhaar", V.aadhaar, N.aadhaarValid],
  ["sin", V.sin, N.canadaSinValid],
  ["steuer-id", V.steuerId, N.steuerIdValid],
  ["npi", V.npi, usNpiValid],
  ["aba", V.aba, usAbaRoutingValid],
  ["nino", V.nino, N.ukNinoValid],
  ["nhs", V.nhs, N.nhsNumberValid],
  ["pesel", V.pesel, N.peselValid],
  ["codice fiscale", V.codiceFiscale, N.italyCodiceFiscaleValid],
  ["tfn", V.tfn, N.australiaTfnValid],
  ["medicare", V.medicare, N.australiaMedicareValid],
  ["abn", V.abn, australiaAbnValid],
  ["sa id", V.saId, N.southAfricaIdValid],
  ["cpf", V.cpf, N.cpfValid],
  ["cnpj", V.cnpj, N.brazilCnpjValid],
  ["curp", V.curp, N.mexicoCurpValid],
  ["nir", V.nir, N.franceNirValid],
  ["bsn", V.bsn, N.bsnValid],
  ["belgian nn", V.belgianNn, N.belgiumNationalNumberValid],
  ["cpr", V.cpr, N.denmarkCprValid],
  ["fødselsnummer", V.fnr, N.norwayFodselsnummerValid],
  ["china id", V.chinaId, N.chinaResidentIdValid],
  ["my number", V.myNumber, N.japanMyNumberValid],
  ["teudat zehut", V.teudatZehut, N.israelIdValid],
  ["cuit", V.cuit, N.argentinaCuitValid],
  ["rut", (r) => Object.values(V.rut(r)).join(""), N.chileRutValid],
];

for (const [name, make, valid] of RULES) {
  Deno.test(`${name}: 200 values built from the published rule pass the scrubber's rule`, () => {
    const r = new V.Rand(4242);
    for (let i = 0; i < 200; i++) {
      const value = make(r);
      ok(valid(value), `${name} ${value}`);
    }
  });
}
