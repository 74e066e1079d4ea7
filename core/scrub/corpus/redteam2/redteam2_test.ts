/**
 * The second red-team corpus (./redteam2.jsonl, written by ./gen_redteam2.ts before reading the
 * detectors again): the stored file is what the generator writes, every case is well formed, and
 * the whole default engine scores at least today's figures on it, by the shared scorer's rules
 * (a secret leaks when its text survives; a benign case must come out unchanged). The floors only
 * rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "../corpus_scores.ts";
import { base62, crc32 } from "./providers.ts";
import { generateRedTeam2, REDTEAM2_FILE, redTeam2Text } from "./gen_redteam2.ts";

const cases = generateRedTeam2();

Deno.test("the stored second red-team corpus is the generator's output (run gen_redteam2.ts)", async () => {
  strictEqual(await Deno.readTextFile(REDTEAM2_FILE), redTeam2Text(cases));
});

Deno.test("every second red-team case is well formed, with ids unique and each secret in its text", () => {
  strictEqual(new Set(cases.map((c) => c.id)).size, cases.length);
  ok(cases.filter((c) => c.kind === "secret").length >= 300, "secret cases");
  ok(cases.filter((c) => c.kind === "pii").length >= 150, "personal-data cases");
  ok(cases.filter((c) => c.kind === "benign").length >= 200, "benign cases");
  for (const c of cases) {
    if (c.kind === "benign") ok(c.expect_unchanged && c.secrets.length === 0, c.id);
    else ok(c.secrets.length > 0 && c.secrets.every((s) => c.text.includes(s)), c.id);
  }
});

Deno.test("the CRC-32 behind GitHub and npm token checksums is the standard one", () => {
  strictEqual(crc32("123456789"), 0xcbf43926); // the published check value of CRC-32/ISO-HDLC
  strictEqual(base62(61, 2), "0z");
});

/** Today's figures (rounded down): a change that lowers one fails here. */
const FLOORS = { secret: 0.995, pii: 0.99, core: 0.995, benign: 0.995 };

Deno.test("the engine scores at least today's figures on the second red-team corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
