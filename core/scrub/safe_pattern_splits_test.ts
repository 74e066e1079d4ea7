/**
 * The custom-pattern safety check at its bounds, with generated patterns: the ways a match can
 * be split among repetitions may multiply up to 4 windows (16 384): fourteen optional atoms
 * pass, fifteen do not; an open repetition counts a window, times a bounded one of up to 4
 * ways; lazy quantifiers count as greedy ones; a brace that is no counted repetition is a
 * literal; a quantified group is refused only when it repeats more than once.
 */
import { doesNotThrow, strictEqual, throws } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { assertSafePattern, maxReach } from "./safe_pattern.ts";

const random = seededRandom(0x5afe);
const ATOMS = ["a", "\\d", "[a-z]", "\\.", "x", "(?:ab)"];
const atom = () => random.pick(ATOMS);

Deno.test("optional atoms: 14 in a row pass (2^14 splits), 15 are refused, lazy or greedy", () => {
  for (let k = 0; k < 30; k++) {
    const lazy = random.int(2) === 0 ? "?" : "";
    const make = (n: number) => Array.from({ length: n }, () => `${atom()}?${lazy}`).join("-");
    doesNotThrow(() => assertSafePattern(make(14)), make(14));
    throws(() => assertSafePattern(make(15)), /splits multiply/, make(15));
  }
});

Deno.test("an open repetition counts a window: times a repetition of up to 4 ways passes, 5 do not", () => {
  for (const open of ["*", "+", "{2,}", "*?", "+?"]) {
    for (
      const [bounded, safe] of [
        ["{0,3}", true],
        ["{1,4}", true],
        ["{0,4}", false],
        ["{2,6}", false],
        ["??", true],
        ["{3}", true],
      ] as const
    ) {
      const source = `key=${atom()}${open}-${atom()}${bounded}`;
      if (safe) doesNotThrow(() => assertSafePattern(source), source);
      else throws(() => assertSafePattern(source), /splits multiply/, source);
    }
    throws(() => assertSafePattern(`${atom()}${open}${atom()}*`), /splits multiply/);
    doesNotThrow(() => assertSafePattern(`token_${atom()}${open}`));
  }
});

Deno.test("a brace that is no counted repetition is a literal character", () => {
  for (const source of ["a{x}", "{", "a{", "a{,3}", "x{1,2", "\\{3\\}b+"]) {
    doesNotThrow(() => assertSafePattern(source), source);
  }
  throws(() => assertSafePattern("a{1001}"), /above 1000/);
  throws(() => assertSafePattern("a{2,1001}"), /above 1000/);
  doesNotThrow(() => assertSafePattern("a{1000}"));
});

Deno.test("a quantified group: nested quantifiers and alternatives refused only when repeated", () => {
  for (const q of ["?", "{0,1}", "{1}", "??"]) {
    doesNotThrow(() => assertSafePattern(`(a+)${q}`), `(a+)${q}`);
    doesNotThrow(() => assertSafePattern(`(a|ab)${q}`), `(a|ab)${q}`);
  }
  for (const q of ["*", "+", "{2}", "{0,2}", "*?"]) {
    throws(() => assertSafePattern(`(a+)${q}`), /nested quantifier/, `(a+)${q}`);
    throws(() => assertSafePattern(`(a|ab)${q}`), /alternatives/, `(a|ab)${q}`);
  }
});

Deno.test("character classes and escapes are read as one atom: their |, *, (, ] mean nothing there", () => {
  for (
    const cls of [
      "[|]",
      "[*+?]",
      "[(]",
      "[)]",
      "[]|]",
      "[^]|]",
      "[\\]|]",
      "[a-z|]",
      "[{}]",
      "[\\\\]",
    ]
  ) {
    for (const q of ["*", "+", "{0,3}"]) {
      const source = `(${cls}a)${q}`;
      doesNotThrow(() => assertSafePattern(source), source);
    }
    doesNotThrow(() => assertSafePattern(`${cls}+x`), `${cls}+x`);
  }
  for (const source of ["\\(a", "a\\)", "(\\|a)*", "a\\*\\*\\+", "\\[(a|b)", "\\0", "x\\]+"]) {
    doesNotThrow(() => assertSafePattern(source), source);
  }
  throws(() => assertSafePattern("(a)\\1"), /backreference/);
  throws(() => assertSafePattern("(?<n>a)\\k<n>"), /backreference/);
  throws(() => assertSafePattern("(a"), /unbalanced/);
  throws(() => assertSafePattern("a)"), /unbalanced/);
  // a class that hides a real group after it
  throws(() => assertSafePattern("[|](a|b)*"), /alternatives/);
  throws(() => assertSafePattern("[]](a+)+"), /nested quantifier/);
  throws(() => assertSafePattern("[\\]](a+)+"), /nested quantifier/);
});

Deno.test("lazy quantifiers are one quantifier with their ?; a pattern is at most 300 characters", () => {
  for (const source of ["(ab)+?", "(a+?)?", "x+?y", "(ab){2,3}?", "(?:a)*?b"]) {
    doesNotThrow(() => assertSafePattern(source), source);
  }
  throws(() => assertSafePattern("(a+?)+"), /nested quantifier/);
  throws(() => assertSafePattern("(a|b)+?"), /alternatives/);
  doesNotThrow(() => assertSafePattern("a".repeat(300)));
  throws(() => assertSafePattern("a".repeat(301)), /longer than 300/);
});

Deno.test("maxReach: 2 per atom times its largest repetition, the longest alternative of a group, Infinity when open", () => {
  const ATOMS_ONE = ["a", "\\d", "[a-z]", "[^x]", "\\.", "[]a]"];
  for (let k = 0; k < 300; k++) {
    let source = "";
    let reach = 0;
    let open = false;
    for (let n = 1 + random.int(5); n > 0; n--) {
      let atomSource: string, atomReach: number;
      if (random.int(3) === 0) {
        // a capturing group of alternatives of plain atoms
        const alternatives = Array.from(
          { length: 1 + random.int(3) },
          () => Array.from({ length: 1 + random.int(3) }, () => random.pick(ATOMS_ONE)),
        );
        atomSource = `(${alternatives.map((a) => a.join("")).join("|")})`;
        atomReach = 2 * Math.max(...alternatives.map((a) => a.length));
      } else {
        atomSource = random.pick(ATOMS_ONE);
        atomReach = 2;
      }
      const q = random.pick(["", "?", "{3}", "{2,5}", "{0,1}", "*", "+", "{2,}", "??", "{1,4}?"]);
      const max = q === ""
        ? 1
        : q.startsWith("?") || q === "{0,1}"
        ? 1
        : q === "{3}"
        ? 3
        : q.startsWith("{2,5}")
        ? 5
        : q.startsWith("{1,4}")
        ? 4
        : Infinity;
      source += atomSource + q;
      if (max === Infinity) open = true;
      reach += atomReach * max;
    }
    strictEqual(maxReach(source), open ? Infinity : reach, source);
  }
});

Deno.test("a repetition of one way multiplies nothing; a group's repetition counts like an atom's", () => {
  doesNotThrow(() => assertSafePattern("x*a{3}b{3}c{3}d{1}"));
  doesNotThrow(() => assertSafePattern("(?:ab)*"));
  doesNotThrow(() => assertSafePattern("(?:ab)*c{0,3}"));
  doesNotThrow(() => assertSafePattern("(ab)*"));
  throws(() => assertSafePattern("(ab)*(cd)*"), /splits multiply/);
  throws(() => assertSafePattern("(ab)*c{0,4}"), /splits multiply/);
  throws(() => assertSafePattern("(?:ab)+(?:cd)+"), /splits multiply/);
});
