/**
 * The seventeenth secret corpus (./secrets_dumps17.jsonl, written by ./gen_secrets_dumps17.ts):
 * secrets inside the object printouts of every runtime (PHP, Perl, Ruby, Python, Rust, Go, Elixir,
 * Erlang, Java, Kotlin, C#, Swift, Objective-C, Dart, Haskell, OCaml, Lua, Node, protobuf, gRPC
 * metadata, PowerShell, R, Clojure, Julia, F#, Groovy), each behind a log line prefix and with benign twins.
 * The stored file is what the generator writes (seed 1), every case is well formed, and the whole
 * default engine scores at least the figures it reaches, by the shared scorer's rules. The floors
 * only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { DUMP_IDS, DUMPS17_FILE, dumps17Text, generateDumps17 } from "./gen_secrets_dumps17.ts";

const cases = generateDumps17();

Deno.test("the stored seventeenth secret corpus is the generator's output (run gen_secrets_dumps17.ts)", async () => {
  strictEqual(await Deno.readTextFile(DUMPS17_FILE), dumps17Text(cases));
});

Deno.test("every seventeenth-corpus case is well formed: ids unique, each secret in its text, benign twins", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 680, benignShare: [0.12, 0.4] }), []);
});

Deno.test("every printout has secret cases and at least one benign twin", () => {
  const missing = DUMP_IDS.filter((id) =>
    !cases.some((c) => c.kind === "secret" && c.type.startsWith(`d17:${id}:`)) ||
    !cases.some((c) => c.kind === "benign" && c.type === `d17:${id}`)
  );
  deepStrictEqual(missing, []);
  strictEqual(DUMP_IDS.length >= 90, true, `${DUMP_IDS.length} printouts`);
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. The string inside
 * Swift's `Optional("v")`, Haskell's `Just "v"` and R's `chr "v"` is read
 * (../kv/printout_wrappers_test.ts): secrets 0.949 -> 0.978, benign 0.885 -> 0.896; PHP's
 * print_r and var_dump of a protected or private property (`[token:App\Client:private] => v`)
 * are read after the `]` (../kv/php_property_visibility_test.ts): secrets 0.978 -> 0.997, benign
 * 0.896 -> 0.919; Perl's `undef`, Haskell's `Nothing` and Julia's `nothing` are no value
 * (../placeholder_null_words_test.ts): benign 0.919 -> 0.965; Go's `%+v` of an empty field
 * leaves the next field (../kv/go_empty_fields_test.ts): benign 0.965 -> 0.988. Twenty-seven
 * printouts more (go-spew, VarDumper, F#, PowerShell's hashtable, …): secrets 0.968, benign 0.991.
 * The string after F#'s `Some` and go-spew's `(string) (len=N)` is read
 * (../kv/printout_wrappers_test.ts): secrets 0.968 -> 0.982; a key starting its line is read
 * across up to 64 blanks (PowerShell's hashtable rows, ../kv/padded_key_columns_test.ts): secrets
 * 0.982 -> 0.989; Swift's `dump` of a dictionary, `- key: "password"` then `- value: "v"`, is
 * read (../kv/sibling_value_items_test.ts): secrets 0.989 -> 0.996.
 */
const FLOORS = { secret: 0.996, benign: 0.991 };

Deno.test("the engine scores at least the reached figures on the seventeenth secret corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
