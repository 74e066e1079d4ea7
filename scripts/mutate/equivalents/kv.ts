/** Equivalent mutants in core/scrub/kv/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

export const KV_EQUIVALENTS: readonly Equivalent[] = [];
