/** Equivalent mutants in core/scrub/prefilter/, the other core/scrub/ modules and core/render/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

export const PREFILTER_ENGINE_RENDER_EQUIVALENTS: readonly Equivalent[] = [];
