/** For tests: the provider families (tokens of a named vendor), and their detectors. */
import type { Detector } from "../detector.ts";
import * as ai from "./ai.ts";
import * as chat from "./chat.ts";
import * as cloud from "./cloud.ts";
import * as codeHosts from "./code_hosts.ts";
import * as messaging from "./messaging.ts";
import * as observability from "./observability.ts";
import * as payments from "./payments.ts";
import * as registries from "./registries.ts";
import * as saas from "./saas.ts";

export const PROVIDER_FAMILIES = [
  ai,
  chat,
  cloud,
  codeHosts,
  messaging,
  observability,
  payments,
  registries,
  saas,
] as const;

export const PROVIDER_DETECTORS: readonly Detector[] = PROVIDER_FAMILIES.flatMap((family) =>
  family.detectors
);

/**
 * Provider detectors whose checks read more than the value's format, so that a value generated
 * from the format alone is not accepted: a docker config must decode to a credential, a Datadog
 * intake key needs a Datadog host before its path.
 */
export const CONTENT_CHECKED: ReadonlySet<string> = new Set([
  "docker-config-auth", // the value must decode to user:password
  "docker-config-secret-value", // the value must decode to a docker config holding a credential
  "datadog-intake-url-api-key", // a Datadog host must stand before the path
]);
