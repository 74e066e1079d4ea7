/** For tests: the provider families (tokens of a named vendor), and their detectors. */
import type { Detector } from "../detector.ts";
import { HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import { LinePrefilter } from "../prefilter/mod.ts";
import { BLOCK_DETECTORS, DETECTORS } from "./mod.ts";
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

let builtIn: LinePrefilter | undefined;

/** Whether the built-in detectors' prefilter, scanning `line` as the engine does, lets `d` run on it. */
export function wakes(line: string, d: Detector): boolean {
  builtIn ??= new LinePrefilter({
    detectors: DETECTORS,
    blocks: BLOCK_DETECTORS,
    unsearched: new Set(),
    escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
  });
  return builtIn.lines(line, 0, line.length).upTo(line.length).some((t) =>
    t.type === "detector" && t.detector === d
  );
}
