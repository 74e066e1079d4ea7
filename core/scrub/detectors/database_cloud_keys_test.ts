/**
 * Database clouds' prefixed credentials are masked wherever a log line carries them: a MongoDB
 * Atlas service account secret (mdb_sa_sk_…) and a CockroachDB Cloud API key secret
 * (CCDB1_<id>_<secret>); their ids alone (mdb_sa_id_…, CCDB1_<id>), a cut value, an all-x
 * stand-in and a snake-case placeholder stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ATLAS = "mdb_sa_sk_8snfgJHPkSIJ0pqgAk5aCWvQ5A0k5NSZAeS915OV";
const COCKROACH = "CCDB1_XDJnqjgNYhTY1FpvIj6VLg_8ykCcdOAzbkZoRaoZV8dI8CVfwbYyFmceqDJmW7D";

Deno.test("an Atlas service account secret and a CockroachDB Cloud key are masked", () => {
  for (const token of [ATLAS, COCKROACH]) {
    for (
      const text of [
        token,
        `ATLAS_CLIENT_SECRET=${token}`,
        `{"clientSecret":"${token}","orgId":"65f0c2a9e4b0a1d2c3e4f5a6"}`,
        `2026-03-02T11:04:19Z INFO rotated credential ${token} for org prod`,
        `curl -H "Authorization: Bearer ${token}" https://cockroachlabs.cloud/api/v1/clusters`,
        `provider "cockroach" { apikey = "${token}" }`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(token.slice(12)), `${text} -> ${out}`);
    }
  }
});

Deno.test("their ids, cut values, stand-ins and placeholders stay", () => {
  for (
    const text of [
      "ATLAS_CLIENT_ID=mdb_sa_id_6a5d80e8575ac46d09f118d9",
      "clientSecret placeholder: mdb_sa_sk_your_service_account_secret_goes_here",
      "secret starts mdb_sa_sk_8snfgJHPk",
      "CLIENT_SECRET=mdb_sa_sk_" + "x".repeat(40),
      "creator key id CCDB1_AKazdJnF2adJAg9fo7EH7e revoked",
      "API keys start with CCDB1_ (see the Cloud Console)",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
