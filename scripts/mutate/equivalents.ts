/**
 * Mutants set aside as equivalent: the program with the edit behaves the same for every input
 * a caller can give, so no test can kill it. Each is named by its file, the trimmed text of its
 * source line, and the edit, with the reason. An entry whose line has changed matches nothing
 * and is listed as stale in the report, to be checked again or removed.
 */
export interface Equivalent {
  file: string;
  /** The mutated source line, trimmed. */
  line: string;
  original: string;
  replacement: string;
  reason: string;
}

export const EQUIVALENTS: readonly Equivalent[] = [];
