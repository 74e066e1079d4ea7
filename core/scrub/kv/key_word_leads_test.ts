/**
 * The key-word search woken by the keyword scan (./assignments.ts KEY_WORD_LEADS, keyWordEnds,
 * presetKeyWords): the lead words agree with KEY_END's source, and on a line the scan read the
 * search from the leads' hits finds every key word a search of the whole line finds, wherever
 * it stands (the line's start, after each separator, after text past ASCII, far along a long
 * line), and the reader's values with them.
 */
import { deepStrictEqual, ok } from "@node/assert";
import {
  KEY_END,
  KEY_WORD_LEADS,
  keyWordEnds,
  type Marks,
  presetKeyWords,
  readAssignments,
} from "./assignments.ts";
import { KeywordIndex } from "../prefilter/keyword_index.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { parsePolicy } from "../policy.ts";
import { compileRules } from "../rules.ts";

/** `source` split at its top-level `|`s (escapes and classes read past). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = source.indexOf("]", i + 2);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The group `(…)` opening `source` at 0: its inside and what follows it, or null. */
function leadingGroup(source: string): { inside: string; rest: string } | null {
  if (!source.startsWith("(?:")) return null;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = source.indexOf("]", i + 2);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      // A quantified group (`(?:…)?`) may match nothing: no lead is read from it.
      if (/^[?*+{]/.test(source.slice(i + 1))) return null;
      return { inside: source.slice(3, i), rest: source.slice(i + 1) };
    }
  }
  return null;
}

/**
 * The words the matches of `source` start with, each with how many characters before it a match
 * may start (a group of `^` or one class before the word: 1). Throws where an alternative starts
 * with no literal word (its matches could start anywhere).
 */
function leadsOf(source: string, back = 0): { word: string; back: number }[] {
  return alternatives(source).flatMap((alternative) => {
    const group = leadingGroup(alternative);
    if (group !== null) {
      const inside = alternatives(group.inside);
      // `(?:^|[^…])word`: one character at most before the word.
      if (inside.every((a) => a === "^" || /^\[[^\]]*\]$/.test(a))) {
        return leadsOf(group.rest, back + 1);
      }
      return leadsOf(group.inside, back);
    }
    // Letters past ASCII are literal in the source (`пароль`).
    let word = /^(?:[a-z_]|\P{ASCII})*/u.exec(alternative)![0];
    // A quantifier after the last letter makes it optional.
    if (/^[?*{]/.test(alternative.slice(word.length))) word = word.slice(0, -1);
    if (word === "") throw new Error(`an alternative with no lead word: ${alternative}`);
    return [{ word, back }];
  });
}

/** The leads that no shorter lead begins (a hit of `pass` is where `password` starts). */
function shortestLeads(leads: { word: string; back: number }[]): string[] {
  const words = [...new Set(leads.map((l) => l.word))];
  return words.filter((w) => !words.some((v) => v !== w && w.startsWith(v))).sort();
}

Deno.test("the lead words are those KEY_END's source starts its matches with", () => {
  const leads = leadsOf(KEY_END.source);
  deepStrictEqual([...KEY_WORD_LEADS].sort(), shortestLeads(leads));
  // keyWordEnds tries a match where the lead word it starts with starts, or a character before
  // one ending in `_`: a lead word starting no match elsewhere.
  for (const { word, back } of leads) {
    const lead = KEY_WORD_LEADS.find((w) => word.startsWith(w))!;
    ok(back === (lead.endsWith("_") ? 1 : 0), `${word}: its matches start ${back} before it`);
  }
  ok(KEY_WORD_LEADS.every((w) => w === w.toLowerCase()));
});

Deno.test("a list that lacks a lead word or a source with one more fails the agreement", () => {
  const leads = shortestLeads(leadsOf(KEY_END.source));
  for (const dropped of KEY_WORD_LEADS) {
    const mutated = KEY_WORD_LEADS.filter((w) => w !== dropped).sort();
    ok(JSON.stringify(mutated) !== JSON.stringify(leads), `without ${dropped}`);
  }
  const more = shortestLeads(leadsOf(`${KEY_END.source}|(?:^|[^a-z])vault_\\w+`));
  ok(more.includes("vault_") && JSON.stringify(more) !== JSON.stringify(leads));
  let threw = false;
  try {
    leadsOf(`${KEY_END.source}|\\w+_key`);
  } catch {
    threw = true;
  }
  ok(threw, "an alternative that starts with no word has no lead");
});

const NO_MARKS: Marks = { firstMark: 0, markLengths: new Int32Array(0) };

/** The key word ends of `line` by a search of the whole line (no hits handed over). */
function searchedEnds(line: string): readonly number[] {
  presetKeyWords("", { length: 0 } as never, 0, NO_MARKS, 0);
  keyWordEnds("\u0000");
  return [...keyWordEnds(line)];
}

/** An index per list of marks, built once. */
const indexes = new Map<readonly string[], KeywordIndex>();

/** The key word ends of `line` searched from the hits of a keyword scan of it. */
function scannedEnds(line: string, marks = KEY_WORD_LEADS): readonly number[] {
  let index = indexes.get(marks);
  if (index === undefined) indexes.set(marks, index = new KeywordIndex([["zzz"]], { marks }));
  const hits = index.scan(line);
  hits.targetsBefore(line.length, [0]);
  presetKeyWords(line, hits.keywords, 0, index, 0);
  keyWordEnds("\u0000");
  return [...keyWordEnds(line)];
}

/** Key names and forms the search ends at, one for each alternative of KEY_END and more. */
const NAMES = [
  "password",
  "DB_PASSWORD_2",
  "password_secure_value",
  "passwd",
  "Passphrase",
  "pass_confirmation",
  "pwd",
  "PW",
  "secret",
  "secrete",
  "secret.value",
  "client_secret_key_id",
  "api_key_prod_1",
  "APIKEY",
  "x_api_token",
  "token",
  "auth_token_123",
  "creds",
  "credentials",
  "key",
  "ssh-key",
  "database",
  "auth",
  "github_pat",
  "BUNDLE_GEMS__EXAMPLE__COM",
  "monkey",
  "key_count",
  "password-file",
  "base64",
  "auth0",
  "Passwort",
  "mot_de_passe",
  "DB_KENNWORT",
  "wachtwoord",
  "contraseña",
  "contrasena",
  "senha",
  "hasło",
  "haslo",
  "heslo",
  "salasana",
  "lösenord",
  "losenord",
  "şifre",
  "sifre",
  "Пароль",
];

const SEPARATORS = [
  " ",
  "\t",
  "=",
  ":",
  '"',
  "'",
  ",",
  ";",
  "{",
  "(",
  "[",
  "/",
  "|",
  "&",
  "?",
  "-",
  ".",
  "<",
  ">",
  "_",
];

Deno.test("from the scan's hits the key words end where a search of the line finds them", () => {
  const lines: string[] = [];
  for (const name of NAMES) {
    lines.push(`${name}=s3cr3tValue9`, `${name}`);
    for (const sep of SEPARATORS) {
      lines.push(`x${sep}${name}=v1`, `${sep}${name}${sep}"v2"`, `a${sep}${name}${sep}${name}`);
    }
    for (const unicode of ["\u00e9", "\u65e5\u672c", "\u{1f511}", "\u212a", "\u00a0"]) {
      lines.push(`${unicode}${name}: v`, `${name}${unicode}=v`, `${unicode} ${name}=v ${unicode}`);
    }
  }
  // Every pair of names, glued and apart.
  for (const a of NAMES) for (const b of NAMES) lines.push(`${a}${b}=1`, `${a}_${b}=2 ${b}=3`);
  const wrong = lines.flatMap((line) => {
    const searched = searchedEnds(line), scanned = scannedEnds(line);
    return JSON.stringify(searched) === JSON.stringify(scanned)
      ? []
      : [{ line, searched, scanned }];
  });
  deepStrictEqual(wrong, []);
  ok(searchedEnds("db_password=x").length === 1, "the lines hold key words");
});

Deno.test("on a 60 Ki-character line a key word far from any other is found", () => {
  const filler = "lorem ipsum dolor sit amet ".repeat(2500);
  for (const at of [0, 6, 27 * 1111, filler.length]) {
    for (const name of ["password", "BUNDLE_X", "api_key", "database", "github_pat"]) {
      const line = `${filler.slice(0, at)}${name}=v4lu3${filler.slice(at)}`;
      ok(line.length > 60 * 1024);
      const scanned = scannedEnds(line);
      deepStrictEqual(scanned, searchedEnds(line), `${name} at ${at}`);
      ok(scanned.length > 0, `${name} at ${at}`);
    }
  }
});

Deno.test("a lead word's hit state gives its length, in any case and wherever it ends", () => {
  // Keywords that lead words end (`database`, `datakey`): their states end the marks too.
  const longer = KEY_WORD_LEADS.map((lead) => `data${lead}`);
  const index = new KeywordIndex([["zzz"], ["token"], longer], { marks: KEY_WORD_LEADS });
  for (const lead of KEY_WORD_LEADS) {
    for (const written of [lead, lead.toUpperCase(), `data${lead}`, `x_${lead}_y`]) {
      const line = `a ${written}=1`;
      const { positions, states, length } = index.scan(line).keywords;
      const end = line.indexOf("=") - (written.endsWith("_y") ? 3 : 1);
      const k = Array.from(positions.subarray(0, length)).indexOf(end);
      ok(k !== -1 && states[k] >= index.firstMark, `${written}: a mark's hit`);
      deepStrictEqual(index.markLengths[states[k] - index.firstMark], lead.length, written);
    }
  }
});

Deno.test("where two lead words end at one place their starts are not guessed: the line is searched", () => {
  // `ey` ends where `key` ends, `ase` where `base` does: a hit of both is no place to try.
  const marks = [...KEY_WORD_LEADS, "ey", "ase"];
  const index = new KeywordIndex([["zzz"]], { marks });
  const { states, length } = index.scan("monkey database").keywords;
  ok(
    Array.from(states.subarray(0, length)).some((s) =>
      index.markLengths[s - index.firstMark] === -1
    ),
  );
  for (const line of ["key=v1", "a database: x", "db_key=1 api_key=2", "apikey=3 key"]) {
    const searched = searchedEnds(line);
    ok(searched.length > 0, line);
    deepStrictEqual(scannedEnds(line, marks), searched, line);
  }
});

Deno.test("the marks wake no keyword list, and their hits are in the states from firstMark on", () => {
  const index = new KeywordIndex([["token"], ["zzz"]], { marks: KEY_WORD_LEADS });
  const line = "api=1 token=2 database";
  const hits = index.scan(line);
  deepStrictEqual(hits.targetsBefore(line.length, ["a", "b"]), ["a"]);
  const { positions, states, length } = hits.keywords;
  const marked = [];
  for (let k = 0; k < length; k++) if (states[k] >= index.firstMark) marked.push(positions[k]);
  deepStrictEqual(marked, [2, 10, 21]);
});

Deno.test("through the prefilter each line's values are those read from the line alone", () => {
  const prefilter = compileRules(parsePolicy(undefined), DETECTORS, []).prefilter;
  const text = [
    "db_password=hunter2rocks",
    "\u00e9t\u00e9 api_key: 8f0c2e55a1d94b7e",
    '{"user":"x","token":"AbC123xyz789Qwe"}',
    "nothing here",
    "export BUNDLE_GEMS__EXAMPLE__COM=u:p9",
    "a".repeat(5000) + " secret=k3yV4lue",
  ].join("\n");
  const region = prefilter.lines(text, 0, text.length);
  let start = 0;
  for (const line of text.split("\n")) {
    region.upTo(start + line.length);
    region.presetLine(line, start, start + line.length);
    keyWordEnds("\u0000");
    const read = readAssignments(line).map((a) => line.slice(a.start, a.end));
    deepStrictEqual(scannedEnds(line), searchedEnds(line));
    keyWordEnds("\u0000");
    readAssignments("\u0000");
    presetKeyWords("", { length: 0 } as never, 0, NO_MARKS, 0);
    deepStrictEqual(readAssignments(line).map((a) => line.slice(a.start, a.end)), read, line);
    start += line.length + 1;
  }
});
