/**
 * The app's scrubbing policy (config/scrub_policy.json, the same schema as `scrub --policy`),
 * used by every function. Its schema is checked when this module loads, so a policy that does not
 * fit it stops the CLI's get-manifest hook (and so `slack deploy` and `slack run`) with the file
 * and the offending field named. What only building a scrubber checks (detector ids, custom
 * patterns) is checked by `slack deploy`'s build hook (scripts/bundle.ts) before anything is
 * bundled, and by every scrubber a function builds, naming the file too: building one at load
 * would add the detectors' prefilter to each cold start, for a scrubber no call uses.
 * Runtime code: no SDK import.
 */
import policyFile from "../config/scrub_policy.json" with { type: "json" };
import { type Scrubber, scrubberFor } from "../core/scrub/scrubber.ts";
import { parsePolicy, type Policy } from "../core/scrub/policy.ts";
import { PolicyError } from "../core/scrub/errors.ts";

export const APP_POLICY_FILE = "config/scrub_policy.json";

/**
 * Validates a policy as parsed from `file`: its schema, and what only building a scrubber checks
 * (detector ids in `disabled` and `strategies`, custom patterns that could backtrack without
 * bound). Throws PolicyError whose message starts with the file and names the field.
 */
export function loadAppPolicy(json: unknown, file: string = APP_POLICY_FILE): Policy {
  const policy = inFile(file, () => parsePolicy(json));
  inFile(file, () => scrubberFor(policy));
  return policy;
}

/** `work`'s PolicyError with `file` in front of its message. */
function inFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PolicyError) throw new PolicyError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The policy of config/scrub_policy.json, its schema checked (see above). */
export const APP_POLICY: Policy = inFile(APP_POLICY_FILE, () => parsePolicy(policyFile));

/** The policy file as the app ships it, for the build hook to check whole with loadAppPolicy. */
export const APP_POLICY_JSON: unknown = policyFile;

/** A scrubber for the app's policy, or for `policy` (tests and other configurations). */
export function createAppScrubber(policy: Policy = APP_POLICY): Scrubber {
  return policy === APP_POLICY
    ? inFile(APP_POLICY_FILE, () => scrubberFor(policy))
    : scrubberFor(policy);
}
