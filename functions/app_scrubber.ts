/**
 * The app's scrubbing policy (config/scrub_policy.json, the same schema as `scrub --policy`),
 * used by every function. It is validated when this module loads, so a bad policy stops the
 * CLI's get-manifest hook (and so `slack deploy` and `slack run`) with the offending field named.
 * Runtime code: no SDK import.
 */
import policyFile from "../config/scrub_policy.json" with { type: "json" };
import { type Scrubber, scrubberFor } from "../core/scrub/scrubber.ts";
import { parsePolicy, type Policy } from "../core/scrub/policy.ts";
import { PolicyError } from "../core/scrub/errors.ts";

function loadAppPolicy(): Policy {
  try {
    return parsePolicy(policyFile);
  } catch (error) {
    if (error instanceof PolicyError) {
      throw new PolicyError(`config/scrub_policy.json: ${error.message}`);
    }
    throw error;
  }
}

/** The validated policy of config/scrub_policy.json. */
export const APP_POLICY: Policy = loadAppPolicy();

/** A scrubber for the app's policy, or for `policy` (tests and other configurations). */
export function createAppScrubber(policy: Policy = APP_POLICY): Scrubber {
  return scrubberFor(policy);
}
