/**
 * Every built-in detector's examples, for the tests: the examples modules of this directory
 * (one per family file, keyed by detector id), and the examples the provider builders make with
 * their detectors (Detector.examples). Test data only: no function imports this.
 */
import type { BlockDetector, Detector, DetectorExamples } from "../../detector.ts";
import { examples as privateKeys } from "./private_keys.ts";
import { examples as piiGenericIds } from "./pii_generic_ids.ts";
import { examples as emailInternational } from "./email_international.ts";
import { examples as csvColumns } from "./csv_columns.ts";
import { examples as encodedCredentials } from "./encoded_credentials.ts";
import { examples as piiPersonalDetails } from "./pii_personal_details.ts";
import { examples as piiDocuments } from "./pii_documents.ts";
import { examples as network } from "./network.ts";
import { examples as piiRegisters } from "./pii_registers.ts";
import { examples as piiNationalIdsWorld } from "./pii_national_ids_world.ts";
import { examples as genericCredentials } from "./generic_credentials.ts";
import { examples as piiFinancial } from "./pii_financial.ts";
import { examples as piiNationalIds } from "./pii_national_ids.ts";
import { examples as piiIdentity } from "./pii_identity.ts";
import { examples as piiContact } from "./pii_contact.ts";

/** Each examples module's sets, by the family file they belong to. */
export const EXAMPLE_SETS: Record<string, Record<string, DetectorExamples>> = {
  "private_keys.ts": privateKeys,
  "pii_generic_ids.ts": piiGenericIds,
  "email_international.ts": emailInternational,
  "csv_columns.ts": csvColumns,
  "encoded_credentials.ts": encodedCredentials,
  "pii_personal_details.ts": piiPersonalDetails,
  "pii_documents.ts": piiDocuments,
  "network.ts": network,
  "pii_registers.ts": piiRegisters,
  "pii_national_ids_world.ts": piiNationalIdsWorld,
  "generic_credentials.ts": genericCredentials,
  "pii_financial.ts": piiFinancial,
  "pii_national_ids.ts": piiNationalIds,
  "pii_identity.ts": piiIdentity,
  "pii_contact.ts": piiContact,
};

const BY_ID = new Map<string, DetectorExamples>(
  Object.values(EXAMPLE_SETS).flatMap((sets) => Object.entries(sets)),
);

/** The ids of every example set of this directory. */
export function exampleIds(): string[] {
  return Object.values(EXAMPLE_SETS).flatMap((sets) => Object.keys(sets));
}

/** `detector`'s examples; throws when it has none, naming it. */
export function examplesOf(detector: Detector | BlockDetector): DetectorExamples {
  const examples = BY_ID.get(detector.id) ?? detector.examples;
  if (examples === undefined) {
    throw new Error(
      `detector ${detector.id} has no examples: add them to core/scrub/detectors/examples/`,
    );
  }
  return examples;
}
