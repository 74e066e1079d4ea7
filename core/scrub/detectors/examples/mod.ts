/**
 * Every built-in detector's examples, for the tests: the examples modules of this directory (one
 * per family file, keyed by detector id); a provider family's module holds each detector's sample
 * value, which ./provider_examples.ts writes into log lines. Test data only: no function imports
 * this.
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
import { examples as piiNationalIdsRuKrNg } from "./pii_national_ids_ru_kr_ng.ts";
import { examples as genericCredentials } from "./generic_credentials.ts";
import { examples as piiFinancial } from "./pii_financial.ts";
import { examples as piiNationalIds } from "./pii_national_ids.ts";
import { examples as piiIdentity } from "./pii_identity.ts";
import { examples as piiContact } from "./pii_contact.ts";
import { examples as piiRunningText } from "./pii_running_text.ts";
import { examples as providerNamedValues } from "./provider_named_values.ts";
import { providerExamples, type ProviderSample } from "./provider_examples.ts";
import { samples as ai } from "./ai.ts";
import { samples as chat } from "./chat.ts";
import { samples as cloud } from "./cloud.ts";
import { samples as codeHosts } from "./code_hosts.ts";
import { samples as messaging } from "./messaging.ts";
import { samples as observability } from "./observability.ts";
import { samples as payments } from "./payments.ts";
import { samples as registries } from "./registries.ts";
import { samples as saas } from "./saas.ts";

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
  "pii_national_ids_ru_kr_ng.ts": piiNationalIdsRuKrNg,
  "generic_credentials.ts": genericCredentials,
  "pii_financial.ts": piiFinancial,
  "pii_national_ids.ts": piiNationalIds,
  "pii_identity.ts": piiIdentity,
  "pii_contact.ts": piiContact,
  "pii_running_text.ts": piiRunningText,
  "provider_named_values.ts": providerNamedValues,
};

/** Each provider family's samples (./provider_examples.ts), by the family file they belong to. */
export const PROVIDER_SAMPLE_SETS: Record<string, Record<string, ProviderSample>> = {
  "ai.ts": ai,
  "chat.ts": chat,
  "cloud.ts": cloud,
  "code_hosts.ts": codeHosts,
  "messaging.ts": messaging,
  "observability.ts": observability,
  "payments.ts": payments,
  "registries.ts": registries,
  "saas.ts": saas,
};

const BY_ID = new Map<string, DetectorExamples>(
  Object.values(EXAMPLE_SETS).flatMap((sets) => Object.entries(sets)),
);

const SAMPLES_BY_ID = new Map<string, ProviderSample>(
  Object.values(PROVIDER_SAMPLE_SETS).flatMap((sets) => Object.entries(sets)),
);

/** The ids of every example set and provider sample of this directory. */
export function exampleIds(): string[] {
  return [
    ...Object.values(EXAMPLE_SETS).flatMap((sets) => Object.keys(sets)),
    ...Object.values(PROVIDER_SAMPLE_SETS).flatMap((sets) => Object.keys(sets)),
  ];
}

/** `detector`'s examples; throws when it has none, naming it. */
export function examplesOf(detector: Detector | BlockDetector): DetectorExamples {
  const sample = SAMPLES_BY_ID.get(detector.id);
  const examples = BY_ID.get(detector.id) ??
    // A provider sample names a detector token() or assigned() built (never a block detector).
    (sample === undefined ? detector.examples : providerExamples(detector as Detector, sample));
  if (examples === undefined) {
    throw new Error(
      `detector ${detector.id} has no examples: add them to core/scrub/detectors/examples/`,
    );
  }
  return examples;
}
