/**
 * The app's scrubbing policy file, named in front of every problem found in it. Apart from the
 * policy itself (./app_policy.ts), which a deployed bundle gets as validated data instead.
 * Runtime code: no SDK import.
 */
import { PolicyError } from "../core/scrub/errors.ts";

export const APP_POLICY_FILE = "config/scrub_policy.json";

/** `work`'s PolicyError with `file` in front of its message. */
export function inFile<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PolicyError) throw new PolicyError(`${file}: ${error.message}`);
    throw error;
  }
}
