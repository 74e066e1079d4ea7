/**
 * The app's scrubbing policy (config/scrub_policy.json, the same schema as `scrub --policy`).
 * Its schema is checked when this module loads, so a policy that does not fit it stops the CLI's
 * get-manifest hook (and so `slack deploy` and `slack run`) with the file and the offending field
 * named. What only building a scrubber checks (detector ids, custom patterns) is checked by
 * `slack deploy`'s build hook (scripts/bundle.ts, loadAppPolicy) before anything is bundled, and
 * by every scrubber a function builds, naming the file too: building one at load would add the
 * detectors' prefilter to each cold start, for a scrubber no call uses.
 *
 * A deployed function bundle does not hold this module: the build hook gives it the policy as it
 * validated it, as data (scripts/bundle.ts, deployedPolicyModule), so no bundle carries the
 * policy's schema. Runtime code: no SDK import.
 */
import policyFile from "../config/scrub_policy.json" with { type: "json" };
import { scrubberFor } from "../core/scrub/scrubber.ts";
import { parsePolicy, type Policy } from "../core/scrub/policy.ts";
import { APP_POLICY_FILE, inFile } from "./app_policy_file.ts";

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

/** The policy of config/scrub_policy.json, its schema checked (see above). */
export const APP_POLICY: Policy = inFile(APP_POLICY_FILE, () => parsePolicy(policyFile));

/** The policy file as the app ships it, for the build hook to check whole with loadAppPolicy. */
export const APP_POLICY_JSON: unknown = policyFile;
