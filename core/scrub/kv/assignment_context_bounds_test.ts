/**
 * What the key/value reader reads around a key, at each of its bounds, both sides: the keys per
 * line (MAX_KEYS_PER_LINE, then one cut to the line's end), how far back a directive is seen
 * (80 characters), the blanks a quoted word may stand after `:` and still be a value, the
 * spacing of a sentence that gives a password and the words it takes (8 or more characters of
 * three classes), a .netrc entry's words, a here-document's marker, a `set` directive's
 * options. Generated: each bound at and past it, in each spelling.
 */
import { deepStrictEqual } from "@node/assert";
import { MAX_KEYS_PER_LINE, readAssignments } from "./assignments.ts";

/**
 * [key, value, cut] of every assignment read on `line` (the value "" when it goes on below).
 * The reader keeps the last line's result: a blank line is read first so that each case is
 * read afresh.
 */
function read(line: string): [string, string, boolean][] {
  readAssignments("");
  return readAssignments(line).map((a) => [a.key, line.slice(a.start, a.end), a.cut]);
}

const V = "Zx9Qm2LwV7pK4rT8";

/** Checks that each line yields [key, V] when expected, and nothing otherwise. */
function check(cases: [line: string, key: string | null][]) {
  const problems: string[] = [];
  for (const [line, key] of cases) {
    const got = read(line);
    const want = key === null ? [] : [[key, V, false]];
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${JSON.stringify(line.slice(0, 160))}: ${JSON.stringify(got).slice(0, 160)}`);
    }
  }
  deepStrictEqual(problems, []);
}

Deno.test("up to MAX_KEYS_PER_LINE keys are read; the next key starts one cut to the line's end", () => {
  for (const count of [MAX_KEYS_PER_LINE - 1, MAX_KEYS_PER_LINE, MAX_KEYS_PER_LINE + 1]) {
    const line = `token=${V} `.repeat(count).trimEnd();
    const found = read(line);
    const pairs = Math.min(count, MAX_KEYS_PER_LINE);
    deepStrictEqual(found.length, count > MAX_KEYS_PER_LINE ? pairs + 1 : pairs, `${count}`);
    deepStrictEqual(
      found.slice(0, pairs).every(([key, value, cut]) => key === "token" && value === V && !cut),
      true,
    );
    if (count > MAX_KEYS_PER_LINE) {
      const start = `token=${V} `.length * MAX_KEYS_PER_LINE;
      deepStrictEqual(found[pairs], ["", line.slice(start), true]);
      deepStrictEqual(readAssignments(line)[pairs].kind, "secret");
    }
  }
});

Deno.test("a directive before a key is seen up to 80 characters back, and only at the line's start", () => {
  const cases: [string, string | null][] = [];
  for (const indent of ["", "  "]) {
    for (const [directive, key] of [["ENV", "DB_PASSWORD"], ["setenv", "API_TOKEN"]]) {
      // The key starting 78 to 82 characters into the line.
      for (let at = 78; at <= 82; at++) {
        const blanks = " ".repeat(at - indent.length - directive.length);
        cases.push([`${indent}${directive}${blanks}${key} ${V}`, at <= 80 ? key : null]);
      }
    }
  }
  // `config set` anywhere on the line: within the 80 characters before the key.
  for (let gap = 64; gap <= 70; gap++) {
    const line = `$ app config set${" ".repeat(gap)}db_password ${V}`;
    const before = line.indexOf("db_password") - line.indexOf(" config");
    cases.push([line, before <= 80 ? "db_password" : null]);
  }
  check(cases);
});

Deno.test("set takes up to two options of one to three letters before its key", () => {
  const cases: [string, string | null][] = [
    [`set DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -x DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -gx DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -gxU DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -g -x DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -gxU -Ux DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -gxUa DB_PASSWORD ${V}`, null],
    [`set -g -x -U DB_PASSWORD ${V}`, null],
    [`set -1 DB_PASSWORD ${V}`, null],
    [`setx DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`ARG DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`#define DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`# define DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`SetEnv DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`fastcgi_param DB_PASSWORD ${V};`, "DB_PASSWORD"],
    [`uwsgi_param DB_PASSWORD ${V};`, "DB_PASSWORD"],
    [`scgi_param DB_PASSWORD ${V};`, "DB_PASSWORD"],
    [`proxy_set_header X-Api-Token ${V};`, "X-Api-Token"],
    [`npm config set //registry.npmjs.org/:_authToken ${V}`, "_authToken"],
    [`unset DB_PASSWORD ${V}`, null],
    [`xENV DB_PASSWORD ${V}`, null],
    [`echo ENV DB_PASSWORD ${V}`, null],
  ];
  check(cases);
});

Deno.test("a builder's step before a Dockerfile's ENV or ARG: Docker's `Step n/m : `, Buildah's `STEP n/m: `", () => {
  check([
    [`Step 7/12 : ENV DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`Step 12/120 : ARG API_TOKEN ${V}`, "API_TOKEN"],
    [`STEP 3/7: ENV DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`STEP 3/7 : ARG API_TOKEN ${V}`, "API_TOKEN"],
    [`Step 7/12 : RUN DB_PASSWORD ${V}`, null],
    [`Step 7/12 : setenv DB_PASSWORD ${V}`, null],
    [`Step 7 : ENV DB_PASSWORD ${V}`, null],
    [`the Step 7/12 : ENV DB_PASSWORD ${V}`, null],
  ]);
});

Deno.test("a quoted word after : or = with up to 4 blanks is a value; a call's key takes up to 16 blanks", () => {
  const cases: [string, string | null][] = [];
  for (let blanks = 0; blanks <= 6; blanks++) {
    const b = " ".repeat(blanks);
    cases.push([`"svc":${b}"token", "${V}"`, blanks <= 4 ? null : "token"]);
    cases.push([`"svc"=${b}"token", "${V}"`, blanks <= 4 ? null : "token"]);
    cases.push([`<svc>${b}"token", "${V}"`, blanks <= 4 ? null : "token"]);
  }
  // wp-config.php aligns its values (`define( 'AUTH_KEY',         'v' );`).
  for (const blanks of [0, 1, 4, 5, 9, 16, 17, 20]) {
    cases.push([`set("token",${" ".repeat(blanks)}"${V}")`, blanks <= 16 ? "token" : null]);
  }
  cases.push([`"svc":\t"token", "${V}"`, null]);
  cases.push([`set("token", ${V})`, null]);
  check(cases);
});

Deno.test("a sentence gives a password after is, was, set/changed/reset to, with up to 2 blanks before a colon and 3 after", () => {
  const cases: [string, string | null][] = [];
  for (const verb of ["is", "was", "IS", "Was", "set to", "changed to", "reset to"]) {
    for (let after = 0; after <= 4; after++) {
      cases.push([
        `the password ${verb}${" ".repeat(after)}${V}`,
        after >= 1 && after <= 3 ? "password" : null,
      ]);
    }
    for (let before = 0; before <= 3; before++) {
      cases.push([
        `the password ${verb}${" ".repeat(before)}: ${V}`,
        before <= 2 ? "password" : null,
      ]);
      cases.push([
        `the password ${verb}${"\t".repeat(before)}:\t${V}`,
        before <= 2 ? "password" : null,
      ]);
    }
  }
  cases.push([`the password isn't ${V}`, null]);
  cases.push([`the password to ${V}`, null]);
  check(cases);
});

Deno.test("a password in a sentence is a word of 8 or more characters of at least three classes", () => {
  const problems: string[] = [];
  const classes = { lower: "abcdefgh", upper: "QWERTYUI", digit: "31415926", symbol: "-!#%@*+~" };
  const names = Object.keys(classes) as (keyof typeof classes)[];
  for (let mask = 1; mask < 16; mask++) {
    const used = names.filter((_, i) => mask & (1 << i));
    for (const length of [6, 7, 8, 9, 12]) {
      const word = Array.from({ length }, (_, i) => classes[used[i % used.length]][i % 8]).join("");
      const expected = length >= 8 && used.length >= 3;
      const got = read(`login failed: the password was ${word}`);
      const want = expected ? [["password", word, false]] : [];
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        problems.push(`${word}: ${JSON.stringify(got)}`);
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("a .netrc entry: machine HOST (up to 253 characters) or default, then up to 3 of login, account, port", () => {
  const host = (n: number) => "h".repeat(n - 4) + ".com";
  const cases: [string, string | null][] = [
    [`machine ${host(12)} login deploy password ${V}`, "password"],
    [`machine ${host(253)} password ${V}`, "password"],
    [`machine ${host(254)} password ${V}`, null],
    [`machine h password ${V}`, "password"],
    [`default login deploy password ${V}`, "password"],
    [`default password ${V}`, "password"],
    [`machine m login u account a port 21 password ${V}`, "password"],
    [`machine m login u account a port 21 login v password ${V}`, null],
    [`machine m login ${"u".repeat(253)} password ${V}`, "password"],
    [`machine m login ${"u".repeat(254)} password ${V}`, null],
    [`  machine m\tlogin u password ${V}`, "password"],
    [`xmachine m login u password ${V}`, null],
    [`remachine m password ${V}`, null],
    [`machine m user u password ${V}`, null],
  ];
  check(cases);
});

Deno.test("a here-document's marker is a name of 1 to 31 characters, maybe quoted, alone after <<", () => {
  const problems: string[] = [];
  const opens = (line: string) => {
    readAssignments("");
    return readAssignments(line).map((a) => a.opens);
  };
  const cases: [string, string | null][] = [
    ["password = <<EOF", "EOF"],
    ["password = <<-EOF", "EOF"],
    ["password = <<~EOF", "EOF"],
    ['password = <<"EOF"', "EOF"],
    ["password = <<'EOF'", "EOF"],
    ["password = <<'EOF'  \t", "EOF"],
    ["password = <<E", "E"],
    ["password = <<_1", "_1"],
    [`password = <<${"M".repeat(31)}`, "M".repeat(31)],
    [`password = <<${"M".repeat(32)}`, null],
    ["password = <<1EOF", null],
    ["password = <<\"EOF'", null],
    ["password = <<EOF x", null],
    ["password = <<", null],
    ["password = << EOF", null],
  ];
  for (const [line, marker] of cases) {
    const want = marker === null ? [] : [{ form: "heredoc", marker }];
    const got = opens(line);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${line}: ${JSON.stringify(got)}`);
    }
  }
  deepStrictEqual(problems, []);
});
