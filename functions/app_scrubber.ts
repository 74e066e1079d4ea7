/**
 * The app's scrubbing policy (config/scrub_policy.json, the same schema as `scrub --policy`),
 * used by every function. It is validated when this module loads, so a bad policy stops the
 * CLI's get-manifest hook (and so `slack deploy` and `slack run`) with the file and the
 * offending field named, instead of failing each function call later.
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
  try {
    const policy = parsePolicy(json);
    scrubberFor(policy);
    return policy;
  } catch (error) {
    if (error instanceof PolicyError) throw new PolicyError(`${file}: ${error.message}`);
    throw error;
  }
}

/** The validated policy of config/scrub_policy.json. */
export const APP_POLICY: Policy = loadAppPolicy(policyFile);

/** A scrubber for the app's policy, or for `policy` (tests and other configurations). */
export function createAppScrubber(policy: Policy = APP_POLICY): Scrubber {
  return scrubberFor(policy);
}
