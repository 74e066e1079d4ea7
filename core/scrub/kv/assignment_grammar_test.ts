/**
 * The assignment grammar, generated: every operator, with spaces on either side up to the
 * bounds the reader takes, every escaping of the quotes around the key and the value (up to 7
 * backslashes), and the declared types. The forward reader finds exactly the value, and reading
 * back from the value finds the key (the reader that names a finding's key).
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments } from "./assignments.ts";
import { keyBefore } from "./syntax.ts";

const V = "Zx9Qm2LwV7pK4rT8";
const OPERATORS = [
  ":::=",
  "::=",
  ":=",
  ":",
  "===",
  "==",
  "=>",
  "=",
  "??=",
  "?=",
  "+=",
  ".=",
  "||=",
  "|=",
  "&&=",
  "->",
  "<-",
];
const KEYS = ["password", "db_password", "apiKey", "X-Api-Token", "spring.datasource.password"];
/** A quote with the backslashes that escape it. */
const quote = (backslashes: number, q = '"') => "\\".repeat(backslashes) + q;
const QUOTES = ["", quote(0), quote(0, "'"), quote(1), quote(3), quote(7), quote(0, "`")];

/** Where the value is found, and the key read back from there; a problem when either is wrong. */
function check(line: string, key: string, valueStart: number, problems: string[], back = true) {
  const found = readAssignments(line).find((a) => a.key === key);
  const value = found === undefined ? null : line.slice(found.start, found.end);
  if (value !== V || found!.start !== valueStart) {
    problems.push(`${line}: read ${JSON.stringify(value)}`);
  }
  if (back) {
    const before = keyBefore(line, valueStart);
    if (before.key !== key || line.slice(before.start, before.start + key.length) !== key) {
      problems.push(`${line}: key read back ${JSON.stringify(before)}`);
    }
  }
}

Deno.test("every operator, spacing and quote escaping: the value read forward, the key read back", () => {
  const problems: string[] = [];
  for (const key of KEYS) {
    for (const op of OPERATORS) {
      for (const kq of QUOTES) {
        for (const vq of QUOTES) {
          // A quoted key closes as it opens; JSON escapes both alike.
          if (kq !== "" && vq !== "" && kq.length !== vq.length) continue;
          for (const [s1, s2] of [["", ""], [" ", " "], ["\t", "  "], [" ", ""], ["", "\t"]]) {
            // A bare word glued to `==` and a blank is base64's padding, no operator
            // (./base64_padding_operator_test.ts).
            if (op === "==" && kq === "" && s1 === "" && s2 !== "") continue;
            const head = `x ${kq}${key}${kq}${s1}${op}${s2}${vq}`;
            const line = `${head}${V}${vq} y`;
            check(line, key, head.length, problems);
          }
        }
      }
    }
  }
  deepStrictEqual(problems.slice(0, 30), []);
});

Deno.test("spaces around the operator: up to 16 read forward, up to 4 read back", () => {
  const problems: string[] = [];
  for (let n = 0; n <= 16; n++) {
    const s = " ".repeat(n);
    const head = `password${s}=${s}`;
    check(head + V, "password", head.length, problems, n <= 4);
    // Past 16 spaces the value is too far from its key to be read.
    const far = `password${s}=${" ".repeat(17)}`;
    if (readAssignments(far + V).some((a) => far.length === a.start)) {
      problems.push(`value read after 17 spaces`);
    }
  }
  for (const n of [5, 6]) {
    const line = `password=${" ".repeat(n)}${V}`;
    if (keyBefore(line, line.length - V.length).key === "password") {
      problems.push(`key read back over ${n} spaces`);
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("declared types between a key and its operator, forward and back", () => {
  const problems: string[] = [];
  const types = [
    " string",
    "\tString",
    "   str",
    " []byte",
    " SecureString",
    ": str",
    ":string",
    " :  String",
    ":   str",
    ":\t  String",
    "?: string",
    ": &str",
    ": &'static str",
    ":\tSecureString",
  ];
  for (const key of KEYS) {
    for (const type of types) {
      for (const op of ["=", ":=", "="]) {
        for (const vq of ["", '"', "'"]) {
          const head = `let ${key}${type} ${op} ${vq}`;
          check(`${head}${V}${vq};`, key, head.length, problems);
        }
      }
    }
  }
  // A type that only starts like one is no type: `apiKey stringify = v` assigns nothing here.
  for (const word of [" stringify", " strings", " String]"]) {
    const line = `apiKey${word} = ${V}`;
    if (readAssignments(line).some((a) => line.slice(a.start, a.end) === V)) {
      problems.push(`${line}: read as typed`);
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("an index bracket and a quoted key: env[\"KEY\"] and $cfg['key'] in every quoting", () => {
  const problems: string[] = [];
  for (const key of KEYS) {
    for (const q of ['"', "'", '\\"']) {
      for (const vq of ['"', "'", ""]) {
        const head = `env[${q}${key}${q}] = ${vq}`;
        check(`${head}${V}${vq}`, key, head.length, problems);
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("a key after a directive takes its value after a space, bare, for every key kind", () => {
  const problems: string[] = [];
  const directives = [
    "ENV",
    "ARG",
    "  setenv",
    "setx",
    "set",
    "set -x",
    "set\t-gx",
    "set -g -x",
    "#define",
    "# define",
    "$ app config set",
  ];
  for (const d of directives) {
    for (const key of ["API_TOKEN", "WEBHOOK_SECRET", "DB_PASSWORD", "BUNDLE_GEMS__EXAMPLE__COM"]) {
      const head = `${d} ${key} `;
      check(`${head}${V}`, key, head.length, problems, false);
    }
  }
  // A CLI's `config set` far into the line (the text before a key is looked at up to 80 back).
  const far = `${"x".repeat(100)} $ app config set `;
  check(`${far}api_token ${V}`, "api_token", far.length + 10, problems, false);
  // A value that starts with a dash but is no option (`-Xk9!mq2`) is still the value.
  for (const line of [`--password -Xk9!mq2w`, `ENV API_TOKEN -Xk9!mq2w`]) {
    const [a] = readAssignments(line);
    if (a === undefined || line.slice(a.start, a.end) !== "-Xk9!mq2w") {
      problems.push(`${line}: dashed value not read`);
    }
  }
  // Not a directive: the word before is text, or the next word is a flag.
  for (
    const line of [`reset API_TOKEN ${V}`, `ENV API_TOKEN --from-file x`, `xENV API_TOKEN ${V}`]
  ) {
    if (readAssignments(line).some((a) => line.slice(a.start, a.end) === V || a.start < a.end)) {
      problems.push(`${line}: read a value`);
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("a key name is read back at most 200 characters from the word it ends in", () => {
  for (const length of [1, 199, 200, 201, 400]) {
    const name = "a".repeat(length) + "_token";
    const line = `${name}=${V}`;
    const [a] = readAssignments(line);
    deepStrictEqual(
      [a.keyStart, line.slice(a.start, a.end)],
      [Math.max(0, name.length - 200), V],
      `${length}`,
    );
  }
});

Deno.test('set("KEY", "v"): the key is read back over up to 4 spaces on either side of its comma', () => {
  for (let n = 0; n <= 6; n++) {
    for (const [before, after] of [["", " ".repeat(n)], [" ".repeat(n), " "]]) {
      const head = `os.environ.setdefault("API_TOKEN"${before},${after}"`;
      const line = `${head}${V}")`;
      deepStrictEqual(
        keyBefore(line, head.length).key === "API_TOKEN",
        n <= 4,
        JSON.stringify(head),
      );
    }
  }
});
