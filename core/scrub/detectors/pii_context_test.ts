import assert, { deepStrictEqual } from "@node/assert";
import { afterWordAnyCase, BEFORE, inContext, KEYED_BEFORE, numberStart } from "./pii_context.ts";
import { raw } from "./raw.ts";

/** Every match of `source` in `line`, as index:text. */
function matches(source: string, line: string): string[] {
  return [...line.matchAll(new RegExp(source, "g"))].map((m) => `${m.index}:${m[0]}`);
}

Deno.test("numberStart matches where the lookbehind before the first digit does", () => {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = [
    "1",
    "9",
    "0",
    "42",
    "9876",
    " ",
    "-",
    ".",
    "/",
    "+",
    ":",
    ",",
    "#",
    "_",
    "a",
    "Z",
  ];
  const forms: [string, string, boolean][] = [
    [String.raw`\d`, String.raw`\d{3}`, true],
    ["9", String.raw`\d{2}`, true],
    ["[2-6]", String.raw`\d{2}[ -]?\d`, true],
    [String.raw`\d`, String.raw`\d{3}`, false],
  ];
  let found = 0;
  for (let k = 0; k < 3000; k++) {
    let line = "";
    for (let j = Math.floor(random() * 12); j > 0; j--) {
      line += pieces[Math.floor(random() * pieces.length)];
    }
    for (const [first, rest, keyed] of forms) {
      const ahead = matches(`${keyed ? KEYED_BEFORE : BEFORE}${first}${rest}`, line);
      deepStrictEqual(matches(`${numberStart(first, keyed)}${rest}`, line), ahead, line);
      found += ahead.length;
    }
  }
  assert(found > 300, "the lines hold numbers");
});

Deno.test("inContext: id, keywords, pattern, context and check as given; normalize and window", () => {
  const pattern = /\d{3}-\d{3}/g;
  const detector = inContext(
    "acme-member",
    ["member"],
    pattern,
    /member/,
    (v) => v !== "000000",
    {
      normalize: (value) => value.replace("-", ""),
      window: 12,
      reach: { before: 0, after: 20 },
    },
  );
  deepStrictEqual(
    { ...detector, validate: undefined },
    {
      id: "acme-member",
      kind: "pii",
      prefilter: { keywords: ["member"] },
      pattern,
      reach: { before: 0, after: 20 },
      validate: undefined,
    },
  );
  const check = (line: string) =>
    detector.validate!(line.slice(line.indexOf("#") + 1), line, line.indexOf("#") + 1);
  assert(check("member #123-456"), "the value after its name, normalized, checks");
  assert(!check("member #000-000"), "the check sees the value as normalize leaves it");
  assert(!check("member number, as told to us: #123-456"), "the name must be within the window");
  assert(!check("order #123-456"), "no name, no finding");
});

Deno.test("a name may be given as a pattern: its source, read in any case by afterWordAnyCase", () => {
  const pattern = afterWordAnyCase(["card", /cc[a-z]{2}(?=\d)/], raw`\d{4}`);
  const found = (line: string) => [...line.matchAll(pattern)].map((m) => m.groups!.secret);
  deepStrictEqual(found("card: 1234, CCVI5678, ccax9012"), ["1234", "5678", "9012"]);
  // The pattern's own conditions hold: two letters, then the number glued; no letter before.
  deepStrictEqual(found("CCV5678 CCVIX5678 ccvi 5678 accvi5678"), []);
});
