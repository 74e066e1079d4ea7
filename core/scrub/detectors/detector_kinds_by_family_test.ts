/**
 * What a family of detectors finds is either a credential or personal data, and a policy's
 * strategy for that kind (`strategies.secret`, `strategies.pii`) applies to every detector of the
 * family: tokens, keys, passwords and encoded credentials are secrets; contact details,
 * identity and document numbers, personal details, generic ids and network addresses are
 * personal data. Each detector's own positive examples, under a policy that masks its kind
 * otherwise than the other.
 */
import { ok } from "@node/assert";
import type { Detector } from "../detector.ts";
import { createScrubber } from "../mod.ts";
import { examplesOf } from "./examples/mod.ts";
import * as genericCredentials from "./generic_credentials.ts";
import * as encodedCredentials from "./encoded_credentials.ts";
import * as privateKeys from "./private_keys.ts";
import * as piiContact from "./pii_contact.ts";
import * as emailInternational from "./email_international.ts";
import * as piiIdentity from "./pii_identity.ts";
import * as piiNationalIds from "./pii_national_ids.ts";
import * as piiNationalIdsWorld from "./pii_national_ids_world.ts";
import * as piiPersonalDetails from "./pii_personal_details.ts";
import * as piiGenericIds from "./pii_generic_ids.ts";
import * as piiRegisters from "./pii_registers.ts";
import * as piiDocuments from "./pii_documents.ts";
import * as network from "./network.ts";
import { PROVIDER_FAMILIES } from "./test_support.ts";

const SECRET_FAMILIES = [
  ...PROVIDER_FAMILIES,
  genericCredentials,
  encodedCredentials,
  privateKeys,
];
const PII_FAMILIES = [
  piiContact,
  emailInternational,
  piiIdentity,
  piiNationalIds,
  piiNationalIdsWorld,
  piiPersonalDetails,
  piiGenericIds,
  piiRegisters,
  piiDocuments,
  network,
];

/** Detectors whose examples another detector masks first (a block, a decoded view). */
const SHOWN_UNDER_ANOTHER = new Set(["private-key-inline", "email-address-url-encoded"]);

/**
 * The kind's strategy is a pseudonym, the other kind's a placeholder (what a detector of no kind
 * would get): the two told apart.
 */
const SCRUBBERS = {
  secret: createScrubber({ strategies: { secret: "pseudonym", pii: "placeholder" } }),
  pii: createScrubber({ strategies: { pii: "pseudonym", secret: "placeholder" } }),
};
const placeholder = (id: string) => `[REDACTED:${id}]`;
const pseudonym = (id: string) => new RegExp(`\\[${id}:[0-9a-f]{10}\\]`);

function check(detectors: readonly Detector[], kind: "secret" | "pii"): string[] {
  const wrong: string[] = [];
  for (const detector of detectors) {
    const id = detector.id;
    let shown = 0;
    for (const { text } of examplesOf(detector).positive) {
      const out = SCRUBBERS[kind].scrub(text).text;
      if (out.includes(placeholder(id))) wrong.push(`${id}: ${out}`);
      if (pseudonym(id).test(out)) shown++;
    }
    if (shown === 0 && !SHOWN_UNDER_ANOTHER.has(id)) wrong.push(`${id}: no example masked by it`);
  }
  return wrong;
}

Deno.test("credential families follow the policy for secrets", () => {
  const wrong = check(SECRET_FAMILIES.flatMap((f) => f.detectors), "secret");
  ok(wrong.length === 0, `${wrong.length}:\n${wrong.slice(0, 30).join("\n")}`);
});

Deno.test("personal-data families follow the policy for personal data", () => {
  const wrong = check(PII_FAMILIES.flatMap((f) => f.detectors), "pii");
  ok(wrong.length === 0, `${wrong.length}:\n${wrong.slice(0, 30).join("\n")}`);
});
