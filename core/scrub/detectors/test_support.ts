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
