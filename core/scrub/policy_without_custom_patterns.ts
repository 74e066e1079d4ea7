/**
 * ./safe_pattern.ts as a deployed function bundle has it when the app's policy has no custom
 * patterns (scripts/bundle.ts, deployedConfigModules): its rules then compile none and its engine
 * matches none, so neither is ever called. Called anyway, each throws, and the scrub fails closed.
 */
import type { Detector } from "./detector.ts";
import type { Span } from "./match.ts";
import type { CustomPattern } from "./policy.ts";

const NOT_BUNDLED = "this bundle was built for a policy without custom patterns";

export function compileCheckedPattern(
  _custom: CustomPattern,
  _field: string,
  _checked: RegExp | undefined,
): Detector {
  throw new Error(NOT_BUNDLED);
}

export const matchCustom = (_detector: Detector, _line: string): readonly Span[] => {
  throw new Error(NOT_BUNDLED);
};
