/**
 * The sixteenth secret corpus (./secrets_carriers16.jsonl, written by ./gen_secrets_carriers16.ts):
 * secrets inside what real tools print (framework logs, struct and object dumps, statement logs,
 * connection strings, HTTP client traces, access logs, CI logs, infrastructure tools, Windows
 * commands, mail transcripts, package managers' configuration), each carrier with benign twins.
 * The stored file is what the generator writes (seed 1), every case is well formed, and the
 * whole default engine scores at least the figures it reaches, by the shared scorer's rules. The
 * floors only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import {
  CARRIER_IDS,
  CARRIERS16_FILE,
  carriers16Text,
  generateCarriers16,
} from "./gen_secrets_carriers16.ts";

const cases = generateCarriers16();

Deno.test("the stored sixteenth secret corpus is the generator's output (run gen_secrets_carriers16.ts)", async () => {
  strictEqual(await Deno.readTextFile(CARRIERS16_FILE), carriers16Text(cases));
});

Deno.test("every sixteenth-corpus case is well formed: ids unique, each secret in its text, benign twins", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 600, benignShare: [0.15, 0.4] }), []);
});

Deno.test("every carrier has secret cases and at least one benign twin", () => {
  const missing = CARRIER_IDS.filter((id) =>
    !cases.some((c) => c.kind === "secret" && c.type.startsWith(`c16:${id}:`)) ||
    !cases.some((c) => c.kind === "benign" && c.type === `c16:${id}`)
  );
  deepStrictEqual(missing, []);
  strictEqual(CARRIER_IDS.length >= 60, true, `${CARRIER_IDS.length} carriers`);
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. Erlang's binaries and
 * proplist tuples are read (../kv/erlang_terms_test.ts): secrets 0.949 -> 0.963; `net use`'s
 * share is kept (../kv/net_use_shares_test.ts): benign 0.965 -> 0.973; MySQL's `SET PASSWORD
 * FOR` is read (../kv/set_password_for_test.ts): secrets 0.963 -> 0.969; `**` alone is a mask
 * (../placeholder_double_star_test.ts): benign 0.982 -> 0.991; HTTPie's `-a`/`--auth` is read
 * (../kv/httpie_auth_test.ts): secrets 0.970 -> 0.976; a value a console or CI log prints below
 * the expression naming it is read (../kv/values_printed_by_consoles_test.ts): secrets 0.976 ->
 * 0.989; Go's `%+v` of an empty field leaves the next field (../kv/go_empty_fields_test.ts):
 * benign 0.991 -> 1.000.
 */
const FLOORS = { secret: 0.989, benign: 1 };

Deno.test("the engine scores at least the reached figures on the sixteenth secret corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
