/**
 * namesEndInKeyWords reads a detector's names source by its literal endings: each syntax it
 * knows (groups, capturing or not; classes; escapes; `.`; each quantifier; alternatives), what
 * it refuses (lookarounds, unclosed groups or classes, characters of no name), and its bound on
 * the endings followed (256: past it, it says no, and the detector keeps its own pattern).
 * A "no" keeps the slower, complete search, so a wrong "yes" is the harmful answer: both are
 * checked.
 */
import { deepStrictEqual } from "@node/assert";
import { namesEndInKeyWords } from "./after_key_words.ts";

function check(yes: string[], no: string[]) {
  const wrong = [
    ...yes.filter((names) => !namesEndInKeyWords(names)).map((n) => `should be yes: ${n}`),
    ...no.filter((names) => namesEndInKeyWords(names)).map((n) => `should be no: ${n}`),
  ];
  deepStrictEqual(wrong, []);
}

Deno.test("groups and alternatives: every alternative's ending is followed", () => {
  check(
    [
      "key",
      "pwd?",
      "pas(?:s|sword)",
      "(?:api|app)key",
      "(api|app)key",
      "(?:a|(?:b|c)_)token",
      "api_key|key|token",
      "(?:(?:ibm|cos)[_-]?)?secret",
    ],
    [
      "ey",
      "keys?",
      "ke(?:y|x)",
      "(?:key|kex)",
      "x|key|tok",
      "x|key|token",
      "(?=a)key",
      "(?!a)key",
      "(?<=a)key",
      "(?:key",
      "(key",
      "(?:key))",
      "key)",
      "secret(?:key)*",
      "(?:key)+",
    ],
  );
});

Deno.test("classes, escapes and any character are no ending; a literal escape is one", () => {
  check(
    [
      "[abc]key",
      "[]x]key",
      "[a-z]?key",
      ".key",
      ".?key",
      "\\dkey",
      "api\\.key",
      "api\\-key",
      "a\\_key",
      "a\\/key",
    ],
    [
      "key[abc]",
      "key[",
      "[]key",
      "key.",
      "key\\d",
      "key\\.",
      "key\\",
      "KEY",
      "Key",
      "key$",
      "key^",
      "key\\s",
    ],
  );
});

Deno.test("quantifiers: ? makes an atom optional, any other makes it no ending", () => {
  check(
    [
      "a*key",
      "a+key",
      "a{2}key",
      "a{1,}key",
      "a{1,3}?key",
      "a{1234567890}key",
      "a*?key",
      "a+?key",
      "(?:ab)*key",
    ],
    [
      "key*",
      "key+",
      "key{2}",
      "key{1,3}",
      "(?:key)?",
      "(?:_key)?",
      "token?",
      "key{1234567890}",
      "key{12345678901}",
      "a??key",
    ],
  );
});

Deno.test("up to 256 endings are followed; past them the answer is no", () => {
  const group = (n: number) =>
    `(?:${Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i)).join("|")})`;
  // 4 × 4 × 4 × 4 = 256 endings, each ending in `key`.
  deepStrictEqual(namesEndInKeyWords(`${group(4)}${group(4)}${group(4)}${group(4)}key`), true);
  deepStrictEqual(namesEndInKeyWords(`${group(16)}${group(16)}key`), true);
  // 5 × 4 × 4 × 4 = 320, or 17 × 16 = 272, or one more alternative beside them.
  deepStrictEqual(namesEndInKeyWords(`${group(5)}${group(4)}${group(4)}${group(4)}key`), false);
  deepStrictEqual(namesEndInKeyWords(`${group(17)}${group(16)}key`), false);
  deepStrictEqual(namesEndInKeyWords(`${group(16)}${group(16)}key|token`), false);
  deepStrictEqual(namesEndInKeyWords(`${group(16)}${group(16)}key?`), false);
});
