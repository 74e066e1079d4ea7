/** One mutant set aside as equivalent (the list and how it matches: ../equivalents.ts). */
export interface Equivalent {
  file: string;
  /** The mutated source line, trimmed. */
  line: string;
  original: string;
  replacement: string;
  /** Only the edit at this column (1-based), when the line has the same edit twice. */
  column?: number;
  /** Only where the line before, trimmed, is this (the same line text occurs twice). */
  after?: string;
  reason: string;
}
