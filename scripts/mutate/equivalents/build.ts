/** Equivalent mutants in the build's rewrites under scripts/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

const ARROWS = "scripts/arrow_functions.ts";

/** notAName is called only for identifiers, and forEachNode visits one with its parent. */
const IDENTIFIER_HAS_PARENT =
  "notAName is called only for Identifier nodes, and forEachNode gives every node but the root (the parsed Program) its parent: parent is never null there";

export const BUILD_EQUIVALENTS: readonly Equivalent[] = [
  {
    file: ARROWS,
    line: "if (parent === null) return false;",
    original: "parent === null",
    replacement: "false",
    reason: IDENTIFIER_HAS_PARENT,
  },
  {
    file: ARROWS,
    line: "if (parent === null) return false;",
    original: "false",
    replacement: "true",
    reason: IDENTIFIER_HAS_PARENT + " (this return is never reached)",
  },
  {
    file: ARROWS,
    line:
      'node.type === "ThisExpression" || node.type === "Super" || node.type === "MetaProperty" ||',
    original: '"Super"',
    replacement: '""',
    reason:
      "`super` parses only in a method or a class field's value: a method is a FunctionExpression (not walked) and a field a PropertyDefinition (reads already), so a function's own code never holds a Super node",
  },
];
