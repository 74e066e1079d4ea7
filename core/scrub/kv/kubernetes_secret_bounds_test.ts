/**
 * Kubernetes Secret maps at their edges (./kubernetes.ts), read directly: what base64 under
 * `data:` counts as a secret's, what opens a map (YAML and JSON, each spacing), keys of up to
 * 253 characters (one more and the line is taken whole: fail closed), values that are no string,
 * empty or past VALUE_CAP, where a map ends; a Secret on one line (entries, their commas, what
 * cannot be read masks the rest), and escaped in a JSON string up to 64 values.
 */
import { deepStrictEqual } from "@node/assert";
import { isSecretBase64, jsonSecretValues, secretMap } from "./kubernetes.ts";
import { VALUE_CAP } from "./assignments.ts";

/** The texts a map opened by `header` reads on each of `lines` (null once it has ended). */
function readMap(header: string, lines: string[]): (string[] | null)[] | null {
  const map = secretMap(header);
  if (map === null) return null;
  const out: (string[] | null)[] = [];
  for (const line of lines) {
    const found = map.next(line);
    out.push(found === null ? null : found.map((c) => line.slice(c.start, c.end)));
    if (found === null) break;
  }
  return out;
}

Deno.test("base64 under data: is a secret's when padded, 8 or more characters, text or 16 or more", () => {
  const text = (n: number) => btoa("s3cr3t-value-of-some-length!".slice(0, n));
  const binary = (n: number) =>
    btoa(String.fromCharCode(...Array.from({ length: n }, (_, i) => 200 + i)));
  const cases: [string, boolean][] = [
    [text(3), false], // 4 characters
    [text(6), true], // 8
    [text(9), true], // 12
    [binary(6), false],
    [binary(9), false],
    [binary(12), true], // 16
    [text(4), true], // 8, with ==
    [text(5), true], // 8, with =
    [text(6).slice(0, 7), false],
    [`${text(12)}!!!!`, false],
    [`${text(12)}===`, false],
    [`==${text(12)}`, false],
  ];
  deepStrictEqual(cases.filter(([v, want]) => isSecretBase64(v) !== want), []);
});

Deno.test("a YAML map opens on data: or stringData: alone (a comment may follow); its entries' keys up to 253 characters", () => {
  for (
    const header of [
      "stringData:",
      "  stringData:  ",
      "stringData: # c",
      "stringData:#",
      "stringData: #",
    ]
  ) {
    deepStrictEqual(readMap(header, ["    k: v1x"]), [["v1x"]], header);
  }
  for (const header of ["stringData: x", "xstringData:", "stringdata:"]) {
    deepStrictEqual(readMap(header, ["  k: v"]), null, header);
  }
  const cases: [string, string[]][] = [];
  for (const [q, max] of [['"', 253], ["'", 253], ["", 253]]) {
    for (const length of [1, max as number, (max as number) + 1]) {
      const key = `${q}${"k".repeat(length)}${q}`;
      const line = `  ${key}: v9x`;
      cases.push([line, length <= (max as number) ? ["v9x"] : [line.trim()]]);
    }
  }
  for (const [line, want] of cases) deepStrictEqual(readMap("stringData:", [line]), [want], line);
  deepStrictEqual(readMap("stringData:", ['  k: "v9x"']), [["v9x"]]);
  deepStrictEqual(readMap("stringData:", ["  k: '"]), [["'"]]);
  deepStrictEqual(readMap("stringData:", ['  k: ""']), [[]]);
  deepStrictEqual(readMap("stringData:", ["  k: # c"]), [[]]);
  deepStrictEqual(readMap("stringData:", ["  k:v9x"]), [["k:v9x"]]);
  deepStrictEqual(readMap("stringData:", ["  #k: v9x"]), [[]]);
  // A block scalar's header opens the entry's value below; anything else after `|` is the value.
  for (const head of ["|", "|-", ">+2", "| # c", ">-1 #"]) {
    deepStrictEqual(readMap("stringData:", [`  k: ${head}`, "    s3cr3t line"]), [[], [
      "s3cr3t line",
    ]], head);
  }
  deepStrictEqual(readMap("stringData:", ["  k: |x"]), [["|x"]]);
  deepStrictEqual(readMap("stringData:", ["  k: x|"]), [["x|"]]);
  deepStrictEqual(readMap("stringData:", ["  k: |*"]), [["|*"]]);
});

Deno.test('a JSON map opens on "data": { alone, in any spacing; entries to its closing brace', () => {
  for (
    const header of [
      '"stringData": {',
      '  "stringData" : {  ',
      '"stringData":{',
      '\t"stringData":\t{',
    ]
  ) {
    deepStrictEqual(readMap(header, ['    "k": "v9x"']), [["v9x"]], header);
  }
  for (const header of ['x "stringData": {', '"stringData": { "k": "v"', '"stringData"x: {']) {
    deepStrictEqual(readMap(header, ['    "k": "v9x"']), null, header);
  }
  const entry = (key: string, rest: string) => `    "${key}":${rest}`;
  const cases: [string, string[]][] = [
    [entry("k", ' "v9x"'), ["v9x"]],
    [entry("k", '"v9x"'), ["v9x"]],
    [entry("k".repeat(253), ' "v9x"'), ["v9x"]],
    [entry("k".repeat(254), ' "v9x"'), [`"${"k".repeat(254)}": "v9x"`]],
    [entry("k", " 123"), ['"k": 123']],
    [entry("k", ' ""'), []],
    [entry("k", ' "pa\\"ss" ,'), ['pa\\"ss']],
    ['    "k\\"x": "v9x"', ["v9x"]],
  ];
  for (const [line, want] of cases) {
    deepStrictEqual(readMap('  "stringData": {', [line]), [want], line);
  }
  // A value past VALUE_CAP is cut, even under data where only base64 is taken.
  const long = `    "k": "${"x".repeat(VALUE_CAP + 1)} tail`;
  const [cut] = secretMap('  "data": {')!.next(long)!;
  deepStrictEqual([cut.start, cut.end, cut.cut], [long.indexOf("x"), long.length, true]);
  // A blank line goes on; a closing brace, or a line no deeper than the header, ends the map.
  deepStrictEqual(readMap('  "stringData": {', ["", '    "k": "v9x"']), [[], ["v9x"]]);
  deepStrictEqual(readMap('  "stringData": {', ["  }", '    "k": "v9x"']), [null]);
  deepStrictEqual(readMap('  "stringData": {', ['  "kind": "Secret"']), [null]);
  deepStrictEqual(readMap('"stringData": {', ['"k": "v9x"', "}"]), [["v9x"], null]);
  deepStrictEqual(readMap(' "stringData": {', [' "k": "v9x"']), [null]);
});

Deno.test("a Secret on one line: each entry, the rest masked from an entry that cannot be read", () => {
  const values = (line: string) =>
    jsonSecretValues(line).map((c) => (c.cut ? "cut:" : "") + line.slice(c.start, c.end));
  const secret = (maps: string) => `{"kind":"Secret",${maps}}`;
  deepStrictEqual(values(secret(`"stringData":{"a":"v1x","b" : "v2x" , "c":"v3x"}`)), [
    "v1x",
    "v2x",
    "v3x",
  ]);
  deepStrictEqual(values(secret(`"stringData":{}`)), []);
  deepStrictEqual(values(secret(`"stringData":{ }`)), []);
  deepStrictEqual(values(secret(`"stringData":{"a":""}`)), []);
  deepStrictEqual(values(secret(`"stringData":{"a":1}`)), [`cut:"a":1}}`]);
  deepStrictEqual(values(secret(`"stringData":{"a":"v1x" "b":"v2x"}`)), ["v1x", `cut:"b":"v2x"}}`]);
  deepStrictEqual(values(secret(`"data":{"a":1},"stringData":{"b":"v2x"}`)), [
    `cut:"a":1},"stringData":{"b":"v2x"}}`,
  ]);
  deepStrictEqual(values(secret(`"stringData":{"${"k".repeat(253)}":"v1x"}`)), ["v1x"]);
  deepStrictEqual(
    values(secret(`"stringData":{"${"k".repeat(254)}":"v1x"}`)).map((v) => v.slice(0, 5)),
    ['cut:"'],
  );
  deepStrictEqual(values(secret(`"stringData":{"a":"p\\"q","b":"v2x"}`)), ['p\\"q', "v2x"]);
  deepStrictEqual(values(`{"kind": "ConfigMap","data":{"a":"v1x"}}`), []);
});

Deno.test("a Secret escaped in a JSON string: up to 64 values mapped back, the rest of the line masked", () => {
  const escaped = (n: number) => {
    const entries = Array.from({ length: n }, (_, i) => `\\"k${i}\\" : \\"v${i}x\\"`).join(",");
    return `{"last-applied":"{\\"kind\\" : \\"Secret\\",\\"stringData\\":{${entries}}}"}`;
  };
  for (const n of [1, 63, 64, 65, 70]) {
    const line = escaped(n);
    const found = jsonSecretValues(line);
    const readable = Math.min(n, 64);
    const want = Array.from({ length: readable }, (_, i) => `v${i}x`);
    deepStrictEqual(found.slice(0, readable).map((c) => line.slice(c.start, c.end)), want, `${n}`);
    if (n > 64) {
      deepStrictEqual(found.length, 65);
      deepStrictEqual([found[64].start, found[64].end, found[64].cut], [
        line.indexOf("v64x"),
        line.length,
        true,
      ]);
    } else deepStrictEqual(found.length, n);
  }
});
