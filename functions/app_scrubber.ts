/**
 * The scrubber every function uses: the app's scrubbing policy (./app_policy.ts, from
 * config/scrub_policy.json) unless a test or another configuration gives its own. A problem
 * building it from the app's policy names the policy's file. Runtime code: no SDK import.
 */
import { type WholeTextScrubber, wholeTextScrubberFor } from "../core/scrub/scrubber.ts";
import type { Policy } from "../core/scrub/policy_types.ts";
import { APP_POLICY } from "./app_policy.ts";
import { APP_POLICY_FILE, inFile } from "./app_policy_file.ts";

export { APP_POLICY } from "./app_policy.ts";
export { APP_POLICY_FILE } from "./app_policy_file.ts";

/** A scrubber for the app's policy, or for `policy` (tests and other configurations). */
export function createAppScrubber(policy: Policy = APP_POLICY): WholeTextScrubber {
  return policy === APP_POLICY
    ? inFile(APP_POLICY_FILE, () => wholeTextScrubberFor(policy))
    : wholeTextScrubberFor(policy);
}
