/**
 * The blind operations corpus (./ops6.jsonl, written by ./gen_ops6.ts without reading the
 * detectors, the key/value reader or the other corpora): lines and multi-line chunks as
 * infrastructure and operations tools print them. The stored file is what the generator writes,
 * every case is well formed, and the default engine scores at least the figures it reaches, by
 * the shared scorer's rules. The floors only rise.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { generateOps6, OPS6_FILE, ops6Text } from "./gen_ops6.ts";

const cases = generateOps6();

Deno.test("the stored operations corpus is the generator's output (run gen_ops6.ts)", async () => {
  strictEqual(await Deno.readTextFile(OPS6_FILE), ops6Text(cases));
});

Deno.test("every operations-corpus case is well formed: ids unique, values of 4 characters or more in the text, a tier for personal data, ~40 % benign", () => {
  deepStrictEqual(
    malformedCases(cases, { minCases: 800, benignShare: [0.35, 1], tiers: true }),
    [],
  );
  ok(cases.every((c) => c.secrets.every((s) => s.length >= 4)), "values of 4 characters or more");
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. The blind estimate,
 * scored before any fix: secret 0.901, PII 0.962 (core 1.000), benign 0.852. Secret rose (0.993)
 * with base64 PEM keys, LDIF's `::`, values alone after blanks, Vault's unseal keys and secret IDs,
 * IPsec secrets, the keychain tool, SMTP AUTH PLAIN, OpenVPN static keys and URL signatures
 * (../detectors/private_key_base64_test.ts, operations_secrets_test.ts, openvpn_static_key_test.ts,
 * url_signature_parameters_test.ts, ../kv/ldif_base64_values_test.ts, last_word_values_test.ts,
 * keychain_and_smtp_auth_test.ts), then (1.000) with SMTP AUTH LOGIN's answers below its prompts
 * (../kv/smtp_auth_login_test.ts); benign (0.954) with secret references, ConfigMap digests,
 * withheld-value markers and cmdlet calls kept (../kv/secret_reference_names_test.ts,
 * configmap_digests_test.ts, ../detectors/withheld_markers_test.ts,
 * powershell_cmdlet_values_test.ts), then (0.961) with a record's `key=` in base64 of an id
 * (../kv/bare_key_base64_ids_test.ts). PII rose (1.000) with an LDIF entry's `cn:` and a RADIUS
 * client's compact MAC (../detectors/pii_operations_logs_test.ts). The 12 benign cases still
 * changed: a bot's `users.noreply.github.com` address and a WireGuard peer's allowed IPs (masked
 * as e-mail and IP on purpose) and an Ansible Vault block under `token: !vault |`.
 */
const FLOORS = { secret: 1, pii: 1, core: 1, benign: 0.961 };

Deno.test("the engine scores at least the reached figures on the operations corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
