/**
 * Kubernetes Secrets: every value of a Secret's `data:` map (base64) and `stringData:` map
 * (plain text), whatever its key is named (`tls.key`, `.dockerconfigjson`, `DB_URL`).
 *
 * In YAML (a manifest, `kubectl get secret -o yaml`, which prints `data:` before `kind:`), a
 * line holding only `data:` or `stringData:` opens the map and its entries are the lines
 * indented deeper; a ConfigMap's `data:` looks the same, so there only values that are base64
 * of a secret's length are taken (a ConfigMap's `LOG_LEVEL: info` is not). JSON spread over
 * lines (`kubectl get secret -o json`, keys sorted, so `"data": {` also comes before `"kind"`)
 * is read the same way: a line ending in `"data": {` or `"stringData": {` opens the map, whose
 * entries are the lines up to its closing brace, and under `"data"` only base64 of a secret's
 * length is taken, whatever the kind (not yet known there). In JSON on one line (audit logs),
 * a `"kind":"Secret"` object's `"data"` and `"stringData"` objects; an entry that cannot be read
 * masks the rest of the line unread.
 */
import { byStart, type Candidate, type Continuation, cutToEnd } from "../detector.ts";
import { indented, indentOf, trimmedFrom } from "./continuations.ts";
import { decodeBase64Text } from "../detectors/value_checks.ts";
import { VALUE_CAP } from "./assignments.ts";
import { decodedView, originalRange } from "../decoded_view.ts";

const MAP_START = /^([ \t]*)(data|stringData):[ \t]*(?:#.*)?$/;
/** A JSON line that opens a `data` or `stringData` object, its entries on the lines below. */
const JSON_MAP_START = /^([ \t]*)"(data|stringData)"[ \t]*:[ \t]*\{[ \t]*$/;
/** A JSON entry on its own line, up to its value's opening quote (or first character). */
const JSON_LINE_ENTRY = /^[ \t]*"(?:[^"\\]|\\.){1,253}"[ \t]*:[ \t]*/;
const NONE: readonly Candidate[] = [];
/** An entry of the map: its key (any name a Secret may hold), `:`, maybe a value. */
const ENTRY = /^[ \t]*(?:"[^"]{1,253}"|'[^']{1,253}'|[^\s:#"'][^\s:]{0,252}):(?:[ \t]+|$)/;
const BLOCK_HEADER = /^[|>][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$/;
const BASE64 = /^[A-Za-z0-9+/]{4,}={0,2}$/;

/** Lower-case hex digits only: a digest or id (a ConfigMap's `CONFIG_SHA: 9f86…`), no base64. */
const HEX_ONLY = /^[0-9a-f]+$/;

/**
 * Whether `value` (under `data:`) is base64 of a secret: padded to a multiple of 4, at least 8
 * characters, decoding to text (16 or more may decode to binary: keys, keystores), and not hex
 * digits only (base64 of anything uses hex digits alone about once in 4^length).
 */
export function isSecretBase64(value: string): boolean {
  if (value.length < 8 || value.length % 4 !== 0 || !BASE64.test(value)) return false;
  if (HEX_ONLY.test(value)) return false;
  return value.length >= 16 || decodeBase64Text(value) !== null;
}

/** The value after an entry's `:`, unquoted, as a candidate. */
function entryValue(line: string, from: number): Candidate[] {
  const [value] = trimmedFrom(line, from);
  if (value === undefined || line[value.start] === "#") return [];
  let { start, end } = value;
  const q = line[start];
  if ((q === '"' || q === "'") && end - start >= 2 && line[end - 1] === q) {
    start++;
    end--;
  }
  return end > start ? [{ start, end }] : [];
}

/**
 * The entries of a `data:` or `stringData:` map whose header is `line`, or null when `line`
 * opens none. A value that goes on below its entry (`key: |`, `key:` alone) is read to its end.
 * Under `data:`, only base64 of a secret's length is taken (a ConfigMap's map looks the same).
 * A JSON line ending in `"data": {` or `"stringData": {` opens the same map in JSON.
 */
export const secretMap = (line: string): Continuation | null => {
  const text = withoutCarriageReturn(line);
  const json = JSON_MAP_START.exec(text);
  if (json !== null) return jsonMapLines(json[1].length, json[2] === "data");
  const m = MAP_START.exec(text);
  if (m === null) return null;
  const gate = base64Gate(m[2] === "data");
  /** An entry's value below it: the lines deeper than the entry's. */
  let inner: Continuation | null = null;
  return indented(m[1].length, (crlfLine) => {
    const entryLine = withoutCarriageReturn(crlfLine);
    if (inner !== null) {
      const found = inner.next(entryLine);
      if (found !== null) return gate([...found], entryLine);
      inner = null;
    }
    const at = indentOf(entryLine);
    if (entryLine[at] === "#") return [];
    const entry = ENTRY.exec(entryLine);
    if (entry === null) return gate(trimmedFrom(entryLine, at), entryLine);
    const rest = entryLine.slice(entry[0].length);
    if (rest.trim() === "" || BLOCK_HEADER.test(rest)) {
      inner = indented(at, (below) => trimmedFrom(below, indentOf(below)));
      return [];
    }
    return gate(entryValue(entryLine, entry[0].length), entryLine);
  });
};

/** `line` less the `\r` of a CRLF line ending (the candidates' offsets stay the same). */
function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

/** Under `data` (a Secret's or a ConfigMap's), only the candidates that are base64 of a secret. */
function base64Gate(base64Only: boolean): (found: Candidate[], text: string) => Candidate[] {
  return (found, text) =>
    base64Only ? found.filter((c) => isSecretBase64(text.slice(c.start, c.end))) : found;
}

/**
 * The entry lines of a JSON `data` / `stringData` object opened at `indent`: each `"key": "value"`
 * line's value (read as jsonString does); up to the line that starts with `}`, or, when the
 * header is indented, a line no deeper than it. A line that is no string entry (a nested object,
 * a number) is taken whole under `stringData` (only a Secret has one: fail closed); under `data`,
 * where a ConfigMap or any JSON object may be, when it is base64 of a secret like every value.
 */
function jsonMapLines(indent: number, base64Only: boolean): Continuation {
  const gate = base64Gate(base64Only);
  return {
    next(crlfLine) {
      const line = withoutCarriageReturn(crlfLine);
      const at = indentOf(line);
      if (at === line.length) return NONE;
      if (line[at] === "}" || (indent > 0 && at <= indent)) return null;
      const head = JSON_LINE_ENTRY.exec(line);
      if (head === null || line[head[0].length] !== '"') {
        return gate(trimmedFrom(line, at), line);
      }
      const value = jsonString(line, head[0].length + 1);
      if (value.cut) return [value];
      return value.end > value.start ? gate([value], line) : NONE;
    },
  };
}

const JSON_SECRET = /"kind"\s*:\s*"Secret"/;
const ESCAPED_JSON_SECRET = /\\"kind\\"\s*:\s*\\"Secret\\"/;
const JSON_MAP = /"(data|stringData)"\s*:\s*\{/g;
/** The start of one `"key": "value"` entry of a JSON object, up to the value's opening quote. */
const JSON_ENTRY_HEAD = /\s*"(?:[^"\\]|\\.){1,253}"\s*:\s*"/y;

/**
 * The JSON string value that starts at `start` (just past its opening quote), up to its closing
 * quote or the line's end; past VALUE_CAP characters, cut: the rest of the line, to be masked
 * unread.
 */
function jsonString(line: string, start: number): Candidate {
  let end = start;
  while (end < line.length && end - start <= VALUE_CAP && line[end] !== '"') {
    end += line[end] === "\\" ? 2 : 1;
  }
  if (end - start > VALUE_CAP) return cutToEnd(line, start);
  return { start, end: Math.min(end, line.length) };
}

/**
 * The values of the `data` and `stringData` objects of a JSON Secret on one line, with any
 * blanks between their parts. A value is read up to VALUE_CAP characters; a longer one, or an
 * entry that cannot be read (a key past 253 characters, a value that is no string), masks the
 * rest of the line unread.
 */
export const jsonSecretValues = (line: string): Candidate[] => {
  if (ESCAPED_JSON_SECRET.test(line)) return escapedSecretValues(line);
  if (!JSON_SECRET.test(line)) return [];
  return secretObjectValues(line);
};

/** Values of an escaped Secret mapped back to the line one by one (a Secret holds a few). */
const MAX_ESCAPED_VALUES = 64;

/**
 * A Secret held escaped in a JSON string (kubectl's `last-applied-configuration` annotation):
 * its values read on the line's decoded view, as the ranges of the line they came from.
 */
function escapedSecretValues(line: string): Candidate[] {
  const view = decodedView(line);
  if (view === null) return [];
  const found = secretObjectValues(view.text);
  if (found.length > MAX_ESCAPED_VALUES) {
    // Each value costs a walk over the view's escapes: past this many, the rest is masked unread.
    found.splice(MAX_ESCAPED_VALUES, Infinity, {
      start: found[MAX_ESCAPED_VALUES].start,
      end: view.text.length,
      cut: true,
    });
  }
  return found.map((c) => {
    if (c.cut === true) {
      return { start: originalRange(view, c.start, c.start + 1)[0], end: line.length, cut: true };
    }
    const [start, end] = originalRange(view, c.start, c.end);
    return { start, end };
  });
}

/** The values of the `data` and `stringData` objects on a line that holds a Secret. */
function secretObjectValues(line: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of line.matchAll(JSON_MAP)) {
    let at = m.index + m[0].length;
    for (;;) {
      JSON_ENTRY_HEAD.lastIndex = at;
      if (JSON_ENTRY_HEAD.exec(line) === null) {
        if (line[skipBlank(line, at)] !== "}") {
          found.push(cutToEnd(line, at));
        }
        break;
      }
      const value = jsonString(line, JSON_ENTRY_HEAD.lastIndex);
      if (value.cut) {
        found.push(value);
        break;
      }
      if (value.end > value.start) found.push(value);
      at = skipBlank(line, value.end + 1);
      if (line[at] !== ",") {
        if (line[at] !== "}") found.push(cutToEnd(line, at));
        break;
      }
      at++;
    }
    if (found.at(-1)?.cut === true) break;
  }
  return found.sort(byStart);
}

/** The index of the first non-blank character of `line` from `at` (its length if none). */
function skipBlank(line: string, at: number): number {
  let i = at;
  while (i < line.length && /\s/.test(line[i])) i++;
  return i;
}
