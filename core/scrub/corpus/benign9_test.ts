/**
 * The ninth benign audit (./benign9.jsonl, written by ./gen_benign9.ts without reading the
 * detectors): what HPC schedulers, ML training and inference, media pipelines, games, blockchain
 * nodes, FIX and market data, CAN bus, PLC/SCADA, GIS, printers, licence servers, browsers, CDNs,
 * Android, SELinux/AppArmor/auditd, package managers, Windows event XML, JVM and Erlang dumps,
 * databases' own logs, storage, DNS/DNSSEC, NTP, UPS daemons, firmware, data pipelines, science
 * files and key, token and password machinery print when nothing sensitive is in them, with one
 * control in fifteen holding a real secret or personal value. The stored file is what the
 * generator writes, every case is well formed, and the default engine scores at least the figures
 * it reaches, by the shared scorer's rules. The floors only rise.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { BENIGN9_FILE, benign9Text, generateBenign9 } from "./gen_benign9.ts";

const cases = generateBenign9();

Deno.test("the stored ninth benign corpus is the generator's output (run gen_benign9.ts)", async () => {
  strictEqual(await Deno.readTextFile(BENIGN9_FILE), benign9Text(cases));
});

Deno.test("every ninth-benign-corpus case is well formed: ids unique, values in their text, a tier for personal data, ~93 % benign", () => {
  deepStrictEqual(
    malformedCases(cases, { minCases: 1500, benignShare: [0.9, 0.95], tiers: true }),
    [],
  );
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. Scored before any fix:
 * secret 1.000, PII 1.000 (core 1.000), benign 0.993 (1,446 of 1,456), once the generator's own
 * loopback and unspecified addresses (which the engine masks by its rule) and a key's mailbox were
 * taken out. Benign rose (0.999, 1,455) with git's `user.signingkey`, a key id or a public key's
 * path, read as no secret's name (../kv/git_signing_key_names_test.ts). The one benign case still
 * changed is a FIX `37=` order id of 12 digits that passes Luhn from a Maestro prefix: a numeric
 * tag's key is ISO 8583's field number too, whose field 2 is the card number.
 */
const FLOORS = { secret: 1, pii: 1, core: 1, benign: 0.999 };

Deno.test("the engine scores at least the reached figures on the ninth benign corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
