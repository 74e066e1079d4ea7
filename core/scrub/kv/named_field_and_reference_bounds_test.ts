/**
 * The key/value reader's fields around a key, at their bounds: a value named by a `name` field
 * (`{"name":"DB_PASSWORD","value":"v"}`: up to 3 blanks around each `:` or `=` and after the
 * comma, up to 7 backslashes before a quote), a `name:` entry whose value is below, an ARN that
 * names a secret (each of its parts at its longest and one longer), a shell expansion's
 * message, an element named by its `key=`/`name=` attribute, YAML comments, tags and block
 * headers. Past a bound the text is read as any other: the key's value is read (masked), or
 * nothing is, as each test says.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments } from "./assignments.ts";

/**
 * [key, value, opens] of every assignment read on `line`. The reader keeps the last line's
 * result: a blank line is read first so that each case is read afresh.
 */
function read(line: string): [string, string, string | null][] {
  readAssignments("");
  return readAssignments(line).map((
    a,
  ) => [a.key, line.slice(a.start, a.end), a.opens?.form ?? null]);
}

const V = "Zx9Qm2LwV7pK4rT8";

function check(cases: [line: string, expected: [string, string, string | null][]][]) {
  const problems: string[] = [];
  for (const [line, want] of cases) {
    const got = read(line);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${JSON.stringify(line.slice(0, 200))}: ${JSON.stringify(got).slice(0, 200)}`);
    }
  }
  deepStrictEqual(problems, []);
}

Deno.test("a name field names the value field beside it: up to 3 blanks, up to 7 backslashes", () => {
  const cases: [string, [string, string, string | null][]][] = [];
  const yes: [string, string, string | null][] = [["DB_PASSWORD", V, null]];
  for (let blanks = 0; blanks <= 4; blanks++) {
    const b = " ".repeat(blanks);
    const want = blanks <= 3 ? yes : [];
    cases.push([`{"name"${b}:"DB_PASSWORD","value":"${V}"}`, want]);
    cases.push([`{"name":${b}"DB_PASSWORD","value":"${V}"}`, want]);
    cases.push([`{"name":"DB_PASSWORD",${b}"value":"${V}"}`, want]);
    cases.push([`{"name":"DB_PASSWORD","value"${b}:"${V}"}`, want]);
    cases.push([`{"name":"DB_PASSWORD","value":${b}"${V}"}`, want]);
    cases.push([`{"name":"DB_PASSWORD","value":\t${b}"${V}"}`, blanks <= 2 ? yes : []]);
  }
  for (const slashes of [0, 1, 3, 7]) {
    const q = "\\".repeat(slashes) + '"';
    cases.push([`{${q}name${q}:${q}DB_PASSWORD${q},${q}value${q}:${q}${V}${q}}`, yes]);
  }
  for (const [name, value] of [["Name", "Value"], ["NAME", "VALUE"], ["key", "value"]]) {
    cases.push([`${name}=DB_PASSWORD,${value}=${V}`, yes]);
    cases.push([`x,${name}=DB_PASSWORD,${value}=${V}`, yes]);
    cases.push([`x ${name}=DB_PASSWORD,${value}=${V}`, yes]);
    cases.push([`x{${name}=DB_PASSWORD,${value}=${V}`, yes]);
    cases.push([`x${name}=DB_PASSWORD,${value}=${V}`, []]);
  }
  cases.push([`{"name":"DB_PASSWORD","data":"${V}"}`, []]);
  cases.push([`{"name":"DB_PASSWORD", "x": 1}`, []]);
  cases.push([`{"name":"DB_PASSWORD","xvalue":"${V}"}`, []]);
  check(cases);
});

Deno.test("a name: entry alone opens its value below, after indentation and a list dash only", () => {
  const entry: [string, string, string | null][] = [["DB_PASSWORD", "", "named-value"]];
  check([
    ["name: DB_PASSWORD", entry],
    ["  - name: DB_PASSWORD", entry],
    ["  - Name: DB_PASSWORD  ", entry],
    ["\t- key: DB_PASSWORD", entry],
    ["-  name:\tDB_PASSWORD", entry],
    ["  x name: DB_PASSWORD", []],
    ["  -name: DB_PASSWORD", []],
    ["  - - name: DB_PASSWORD", []],
    ["# name: DB_PASSWORD", []],
    ['{"name": "DB_PASSWORD"', []],
  ]);
  const indents: number[] = [];
  for (const line of ["name: API_TOKEN", "    - name: API_TOKEN", "  name: API_TOKEN"]) {
    readAssignments("");
    const [a] = readAssignments(line);
    indents.push(a.opens?.form === "named-value" ? a.opens.indent : -1);
  }
  deepStrictEqual(indents, [0, 6, 2]);
});

Deno.test("an ARN names a secret and holds none, up to each part's bound and 80 characters; past them secret:v is read", () => {
  const arn = (p: string, s: string, r: string, a: string) => `arn:${p}:${s}:${r}:${a}:secret:${V}`;
  const read_: [string, string, string | null][] = [["secret", V, null]];
  const cases: [string, [string, string, string | null][]][] = [
    [arn("aws", "secretsmanager", "eu-west-1", "123456789012"), []],
    [arn("a", "s", "", ""), []],
    [arn("p".repeat(32), "s", "r", "1"), []],
    [arn("p", "s".repeat(64), "r", "1"), []],
    [arn("p", "s", "r".repeat(32), "1"), []],
    [arn("p", "s", "r", "1".repeat(12)), []],
    // Read back at most 80 characters from `secret`: a longer ARN is not seen as one.
    [arn("p".repeat(32), "s".repeat(64), "r".repeat(32), "1".repeat(12)), read_],
    [arn("p".repeat(33), "s", "r", "1"), read_],
    [arn("p", "s".repeat(65), "r", "1"), read_],
    [arn("p", "s", "r".repeat(33), "1"), read_],
    [arn("p", "s", "r", "1".repeat(13)), read_],
    [arn("p", "s", "r", "1x"), read_],
    [`"${arn("aws", "sm", "eu-west-1", "1")}"`, []],
    [`x ${arn("aws", "sm", "eu-west-1", "1")}`, []],
    [`x${arn("aws", "sm", "eu-west-1", "1")}`, read_],
    [`-${arn("aws", "sm", "eu-west-1", "1")}`, read_],
    [`arn:aws:sm:eu:1:x:y:secret:${V}`, read_],
  ];
  check(cases);
});

Deno.test("a shell expansion's message is no value; a default or a brace without $ is", () => {
  check([
    [`\${DB_PASSWORD:?${V}}`, []],
    [`\${DB_PASSWORD?${V}}`, []],
    [`x=\${API_TOKEN:?${V}}`, []],
    [`\${DB_PASSWORD:-${V}}`, [["DB_PASSWORD", `-${V}`, null]]],
    [`x {DB_PASSWORD:?${V}}`, [["DB_PASSWORD", `?${V}`, null]]],
    [`$ DB_PASSWORD:?${V}`, [["DB_PASSWORD", `?${V}`, null]]],
    [`$DB_PASSWORD:?${V}`, [["DB_PASSWORD", `?${V}`, null]]],
  ]);
});

Deno.test("an element named by a key= or name= attribute right before its key's quote", () => {
  const yes = (key: string): [string, string, string | null][] => [[key, V, null]];
  check([
    [`<entry key="password">${V}</entry>`, yes("password")],
    [`<entry name='api_token'>${V}</entry>`, yes("api_token")],
    [`<entry  KEY="password">${V}</entry>`, yes("password")],
    [`<e\tname="password">${V}</e>`, yes("password")],
    [`<e id="password">${V}</e>`, []],
    [`<e xkey="password">${V}</e>`, []],
    [`<e key="password"/>${V}`, []],
    [`<entry key="password">${V}<b/></entry>`, []],
  ]);
});

Deno.test("YAML: a comment after : opens a value below; a tag is no part of the value; a block header opens one", () => {
  check([
    ["  password: # set in vault", [["password", "", "next-line"]]],
    ["  password:  #", [["password", "", "next-line"]]],
    [`password: #${V}`, [["password", `#${V}`, null]]],
    [`password:#x ${V}`, [["password", `#x`, null]]],
    [`x password: # c`, []],
    [`password: !vault ${V}`, [["password", V, null]]],
    [`password: !!binary ${V}`, [["password", V, null]]],
    [`password: !!str\t${V}`, [["password", V, null]]],
    [`password: !Ref${V}`, [["password", `!Ref${V}`, null]]],
    [`password = !vault ${V}`, [["password", "!vault", null]]],
    ["  password: !vault |", [["password", "", "block"]]],
    ["  password: !vault", [["password", "", "next-line"]]],
    ["x password: !vault", []],
    ["  password: |+2 # comment", [["password", "", "block"]]],
    ["  password: >-", [["password", "", "block"]]],
    ["  password: |#", [["password", "", "block"]]],
    [`  password: |x`, [["password", "|x", null]]],
    [`  password = |`, [["password", "|", null]]],
    ["x password: |", []],
  ]);
});
