import { deepStrictEqual, notStrictEqual, ok, strictEqual } from "@node/assert";
import { BLOCK_DETECTORS, DETECTORS } from "../scrub/detectors/mod.ts";
import { SCRUB_LIMIT_ID } from "../scrub/match.ts";
import {
  detectorLabel,
  maskingSummary,
  mergeMaskCounts,
  parseMaskCounts,
} from "./masking_summary.ts";

Deno.test("detector ids read as human labels, singular and plural", () => {
  strictEqual(detectorLabel("aws-access-key-id", 2), "AWS access key IDs");
  strictEqual(detectorLabel("aws-access-key-id", 1), "AWS access key ID");
  strictEqual(detectorLabel("email", 12), "emails");
  strictEqual(detectorLabel("email-address", 3), "email addresses");
  strictEqual(detectorLabel("url-credentials", 2), "URL credentials");
  strictEqual(detectorLabel("ipv4-address", 1), "IPv4 address");
  strictEqual(detectorLabel("private-key", 2), "private keys");
  strictEqual(detectorLabel("github-pat", 2), "GitHub PATs");
  strictEqual(detectorLabel("national-identity", 2), "national identities");
  strictEqual(detectorLabel("url-credentials", 1), "URL credential");
  strictEqual(detectorLabel("email-address-url-encoded", 43), "email addresses (URL-encoded)");
  strictEqual(detectorLabel("email-address-url-encoded", 1), "email address (URL-encoded)");
  strictEqual(detectorLabel("order-ref", 2), "order ref values", "a custom id without a noun");
  strictEqual(detectorLabel("order-ref", 1), "order ref value");
  strictEqual(detectorLabel("pt-nif-niss", 2), "Portuguese NIF/NISS numbers");
  strictEqual(detectorLabel("mrn", 1), "medical record number");
  strictEqual(detectorLabel("passport-mrz", 2), "machine-readable zones");
  strictEqual(detectorLabel("uk-trn", 1), "UK temporary reference number");
  strictEqual(detectorLabel("sasl-passwd-password", 2), "Postfix SASL passwords");
  strictEqual(detectorLabel("bech32-chain-address", 1), "Cosmos/Cardano address");
});

/**
 * Countable nouns a label may count on, written here independently of the implementation's
 * list: a label that pluralises anything else ("encodeds", "base58s", "v2s") fails.
 */
const COUNTABLE = new Set([
  "account",
  "address",
  "assignment",
  "authtoken",
  "block",
  "card",
  "cnpj",
  "code",
  "column",
  "cookie",
  "credential",
  "cuit",
  "curp",
  "date",
  "dsn",
  "element",
  "email",
  "field",
  "flag",
  "gstin",
  "header",
  "iban",
  "id",
  "identifier",
  "imei",
  "imsi",
  "inn",
  "input",
  "itin",
  "jwt",
  "key",
  "name",
  "nin",
  "npi",
  "nric/fin",
  "number",
  "pair",
  "pan",
  "parameter",
  "password",
  "pat",
  "postcode",
  "registration",
  "response",
  "rfc",
  "rut",
  "secret",
  "segment",
  "sid",
  "signature",
  "ssn",
  "token",
  "uen",
  "url",
  "value",
  "zone",
]);
const IRREGULAR: Record<string, string> = {};

function pluralOf(singular: string, plural: string): boolean {
  const s = singular.toLowerCase();
  const p = plural.toLowerCase();
  return IRREGULAR[s] === p || p === `${s}s` || p === `${s}es` ||
    (s.endsWith("y") && p === `${s.slice(0, -1)}ies`);
}

Deno.test("every detector id reads grammatically: one noun counted, singular for 1, no stray plurals", () => {
  const ids = [...new Set([...DETECTORS, ...BLOCK_DETECTORS].map((d) => d.id))];
  ok(ids.length > 200, `${ids.length} ids`);
  for (const id of ids) {
    const one = detectorLabel(id, 1);
    const many = detectorLabel(id, 2);
    notStrictEqual(one, many, id);
    strictEqual(maskingSummary({ [id]: 1 }), `1 ${one} masked`);
    strictEqual(maskingSummary({ [id]: 7 }), `7 ${many} masked`);
    const a = one.split(" ");
    const b = many.split(" ");
    strictEqual(a.length, b.length, `${id}: ${one} / ${many}`);
    const changed = a.flatMap((word, i) => word === b[i] ? [] : [[word, b[i]]]);
    strictEqual(changed.length, 1, `${id}: exactly one word takes the plural: ${one} / ${many}`);
    const [[singular, plural]] = changed;
    ok(COUNTABLE.has(singular.toLowerCase()), `${id}: counts on "${singular}" (${one})`);
    ok(pluralOf(singular, plural), `${id}: "${plural}" is the plural of "${singular}"`);
    ok(!/\b\w+eds\b|\(s\)|-$|^ | $/.test(many), `${id}: ${many}`);
  }
});

Deno.test("text masked past a scrubbing limit is named for what it is, singular and plural", () => {
  strictEqual(detectorLabel(SCRUB_LIMIT_ID, 1), "line part past a scrubbing limit");
  strictEqual(
    maskingSummary({ [SCRUB_LIMIT_ID]: 1, "email-address": 3 }),
    "3 email addresses, 1 line part past a scrubbing limit masked",
  );
  strictEqual(
    maskingSummary({ [SCRUB_LIMIT_ID]: 2 }),
    "2 line parts past a scrubbing limit masked",
  );
});

Deno.test("summary names the largest kinds first and says when nothing was masked", () => {
  strictEqual(
    maskingSummary({ "aws-access-key-id": 2, email: 12 }),
    "12 emails, 2 AWS access key IDs masked",
  );
  strictEqual(maskingSummary({}), "nothing masked");
  strictEqual(maskingSummary({ email: 0 }), "nothing masked");
  strictEqual(
    maskingSummary({ a: 5, b: 4, c: 3, d: 1 }, 2),
    "5 a values, 4 b values, and 2 more kinds masked",
  );
  strictEqual(
    maskingSummary({ a: 5, b: 4, c: 3 }, 2),
    "5 a values, 4 b values, and 1 more kind masked",
  );
});

Deno.test("parseMaskCounts accepts only kebab ids with non-negative integer counts", () => {
  deepStrictEqual(parseMaskCounts('{"email":3,"aws-access-key-id":1}'), {
    email: 3,
    "aws-access-key-id": 1,
  });
  deepStrictEqual(parseMaskCounts("{}"), {});
  // A "__proto__" name is left out, whatever its value (as zod's record of ids left it out).
  deepStrictEqual(parseMaskCounts('{"__proto__":1,"email":2}'), { email: 2 });
  deepStrictEqual(parseMaskCounts('{"__proto__":"x"}'), {});
  strictEqual(Object.getPrototypeOf(parseMaskCounts('{"__proto__":{"a":1}}')), Object.prototype);
  for (
    const bad of [
      "not json",
      "[]",
      '{"email":-1}',
      '{"email":1.5}',
      '{"email":"3"}',
      '{"<!channel>":1}',
      '{"Email":1}',
      `{${Array.from({ length: 201 }, (_, i) => `"d${i}":1`).join(",")}}`,
      `{"email":1,"pad":"${"x".repeat(20_000)}"}`,
    ]
  ) {
    strictEqual(parseMaskCounts(bad), undefined, bad.slice(0, 40));
  }
});

Deno.test("mergeMaskCounts sums and drops zeros", () => {
  deepStrictEqual(mergeMaskCounts({ email: 2, jwt: 0 }, { email: 1, "ipv4-address": 4 }), {
    email: 3,
    "ipv4-address": 4,
  });
});
