/**
 * Every built-in detector, by family. A family file exports `buildDetectors`, a function that builds
 * its detectors (and maybe `blockDetectors`): building them compiles hundreds of patterns and
 * closures, so the list is built on first use (the first scrubber made), not when a function's
 * bundle loads.
 */
import type { BlockDetector, Detector } from "../detector.ts";
import { once } from "../../once.ts";
import { withStoredReaches } from "../windowed_match.ts";
import { BUILTIN_REACHES } from "../builtin_reaches.ts";
import * as cloud from "./cloud.ts";
import * as codeHosts from "./code_hosts.ts";
import * as chat from "./chat.ts";
import * as payments from "./payments.ts";
import * as messaging from "./messaging.ts";
import * as ai from "./ai.ts";
import * as registries from "./registries.ts";
import * as observability from "./observability.ts";
import * as saas from "./saas.ts";
import * as genericCredentials from "./generic_credentials.ts";
import * as encodedCredentials from "./encoded_credentials.ts";
import * as piiContact from "./pii_contact.ts";
import * as emailInternational from "./email_international.ts";
import * as piiFinancial from "./pii_financial.ts";
import * as piiIdentity from "./pii_identity.ts";
import * as piiNationalIds from "./pii_national_ids.ts";
import * as piiNationalIdsWorld from "./pii_national_ids_world.ts";
import * as piiNationalIdsRuKrNg from "./pii_national_ids_ru_kr_ng.ts";
import * as piiPersonalDetails from "./pii_personal_details.ts";
import * as piiGenericIds from "./pii_generic_ids.ts";
import * as piiRegisters from "./pii_registers.ts";
import * as piiDocuments from "./pii_documents.ts";
import * as piiRunningText from "./pii_running_text.ts";
import * as network from "./network.ts";
import * as privateKeys from "./private_keys.ts";
import * as csvColumns from "./csv_columns.ts";
import { providerNamedValue } from "./provider_named_values.ts";

/** `detectors`, marked as document or national id numbers (Detector.idNumber). */
function idNumbers(detectors: Detector[]): Detector[] {
  for (const detector of detectors) detector.idNumber = true;
  return detectors;
}

/** Every family's detectors, in order: a new list on each call. */
const familyDetectors = (): Detector[] => [
  ...cloud.buildDetectors(),
  ...codeHosts.buildDetectors(),
  ...chat.buildDetectors(),
  ...payments.buildDetectors(),
  ...messaging.buildDetectors(),
  ...ai.buildDetectors(),
  ...registries.buildDetectors(),
  ...observability.buildDetectors(),
  ...saas.buildDetectors(),
  ...genericCredentials.buildDetectors(),
  ...encodedCredentials.buildDetectors(),
  ...piiContact.buildDetectors(),
  ...emailInternational.buildDetectors(),
  ...piiFinancial.buildDetectors(),
  ...idNumbers(piiIdentity.buildDetectors()),
  ...idNumbers(piiNationalIds.buildDetectors()),
  ...idNumbers(piiNationalIdsWorld.buildDetectors()),
  ...idNumbers(piiNationalIdsRuKrNg.buildDetectors()),
  ...piiPersonalDetails.buildDetectors(),
  ...idNumbers(piiGenericIds.buildDetectors()),
  ...idNumbers(piiRegisters.buildDetectors()),
  ...idNumbers(piiDocuments.buildDetectors()),
  ...piiRunningText.buildDetectors(),
  ...network.buildDetectors(),
  ...privateKeys.buildDetectors(),
  ...csvColumns.buildDetectors(),
];

/**
 * The built-in detectors, built on the first call and the same list on every later one, with the
 * reaches read from their patterns ahead of time (../builtin_reaches.ts, `deno task reaches`).
 */
export const builtinDetectors: () => readonly Detector[] = once(() => {
  const families = familyDetectors();
  // The providers' names come from their assigned detectors (./provider_named_values.ts).
  return withStoredReaches([...families, providerNamedValue(families)], BUILTIN_REACHES);
});

/**
 * The built-in detectors, built when this module loads: for tests and tools. Runtime code calls
 * builtinDetectors(), so that a bundle that never scrubs never builds them; the annotation lets
 * the bundler drop this list from bundles that do not read it.
 */
export const DETECTORS: readonly Detector[] = /* @__PURE__ */ builtinDetectors();

export const BLOCK_DETECTORS: readonly BlockDetector[] = [...privateKeys.blockDetectors];
