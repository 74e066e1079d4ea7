/** Equivalent mutants in functions/ and core/sources/http.ts (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

export const FUNCTIONS_EQUIVALENTS: readonly Equivalent[] = [];
