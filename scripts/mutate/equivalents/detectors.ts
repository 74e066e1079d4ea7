/** Equivalent mutants in core/scrub/detectors/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

export const DETECTORS_EQUIVALENTS: readonly Equivalent[] = [];
