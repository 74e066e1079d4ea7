/** Every built-in detector, by family. A family file exports `detectors` (and maybe `blockDetectors`). */
import type { BlockDetector, Detector } from "../detector.ts";
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
import * as piiPersonalDetails from "./pii_personal_details.ts";
import * as piiGenericIds from "./pii_generic_ids.ts";
import * as piiRegisters from "./pii_registers.ts";
import * as piiDocuments from "./pii_documents.ts";
import * as network from "./network.ts";
import * as privateKeys from "./private_keys.ts";
import * as csvColumns from "./csv_columns.ts";

export const DETECTORS: readonly Detector[] = [
  ...cloud.detectors,
  ...codeHosts.detectors,
  ...chat.detectors,
  ...payments.detectors,
  ...messaging.detectors,
  ...ai.detectors,
  ...registries.detectors,
  ...observability.detectors,
  ...saas.detectors,
  ...genericCredentials.detectors,
  ...encodedCredentials.detectors,
  ...piiContact.detectors,
  ...emailInternational.detectors,
  ...piiFinancial.detectors,
  ...piiIdentity.detectors,
  ...piiNationalIds.detectors,
  ...piiNationalIdsWorld.detectors,
  ...piiPersonalDetails.detectors,
  ...piiGenericIds.detectors,
  ...piiRegisters.detectors,
  ...piiDocuments.detectors,
  ...network.detectors,
  ...privateKeys.detectors,
  ...csvColumns.detectors,
];

export const BLOCK_DETECTORS: readonly BlockDetector[] = [...privateKeys.blockDetectors];
