/**
 * The eleventh benign audit (./benign11.jsonl, written by ./gen_benign11.ts without reading the
 * detectors): what package managers' configs, certbot and ACME clients, DNS providers' CLIs, web,
 * proxy, FTP and mail servers, game and media servers, home automation, feature-flag and analytics
 * SDKs, password managers, notebooks, self-hosted apps, backup tools, payment terminals, IDS and
 * network monitors, Windows events, audit logs, CDN and WAF logs, DNS query logs, Wi-Fi
 * controllers, MDM, bank and accounting exports, CRM schemas, HR records, tax forms, room
 * calendars, clinical terminologies, transit feeds, smart meters, chargers, and product and place
 * text in eight scripts print when nothing sensitive is in them, with one control in eleven
 * holding a real secret or personal value. The stored file is what the generator writes, every
 * case is well formed, and the default engine scores at least the figures it reaches, by the
 * shared scorer's rules. The floors only rise.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { BENIGN11_FILE, benign11Text, generateBenign11 } from "./gen_benign11.ts";

const cases = generateBenign11();

Deno.test("the stored eleventh benign corpus is the generator's output (run gen_benign11.ts)", async () => {
  strictEqual(await Deno.readTextFile(BENIGN11_FILE), benign11Text(cases));
});

Deno.test("every eleventh-benign-corpus case is well formed: ids unique, values in their text, a tier for personal data, ~91 % benign", () => {
  deepStrictEqual(
    malformedCases(cases, { minCases: 750, benignShare: [0.88, 0.94], tiers: true }),
    [],
  );
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. Scored before any fix:
 * secret 1.000, PII 1.000 (core 1.000), benign 0.968 (670 of 692). Benign rose (0.982, 680) with
 * Nextcloud's `***REMOVED SENSITIVE VALUE***` read as a withheld-value marker, and again (0.986,
 * 683) with Google calendars' ids (`c_…@resource.calendar.google.com`) read as nobody's mailbox,
 * and again (0.991, 686) with a header's name (`x-api-key` in a gateway's `key_names`) read as
 * no secret.
 */
const FLOORS = { secret: 1, pii: 1, core: 1, benign: 0.991 };

Deno.test("the engine scores at least the reached figures on the eleventh benign corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
