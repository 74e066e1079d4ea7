/**
 * Kubernetes Secrets: every value of a Secret's `data:` map (base64) and `stringData:` map
 * (plain text), whatever its key is named (`tls.key`, `.dockerconfigjson`, `DB_URL`).
 *
 * In YAML (a manifest, `kubectl get secret -o yaml`, which prints `data:` before `kind:`), a
 * line holding only `data:` or `stringData:` opens the map and its entries are the lines
 * indented deeper; a ConfigMap's `data:` looks the same, so there only values that are base64
 * of a secret's length are taken (a ConfigMap's `LOG_LEVEL: info` is not). In JSON on one line
 * (`kubectl get secret -o json`, audit logs), a `"kind":"Secret"` object's `"data"` and
 * `"stringData"` objects.
 */
import type { Candidate, Continuation } from "../detector.ts";
import { indented, indentOf, trimmedFrom } from "./continuations.ts";
import { decodeBase64Text } from "../detectors/value_checks.ts";
import { VALUE_CAP } from "./assignments.ts";

const MAP_START = /^([ \t]*)(data|stringData):[ \t]*(?:#.*)?$/;
/** An entry of the map: its key (any name a Secret may hold), `:`, maybe a value. */
const ENTRY = /^[ \t]*(?:"[^"]{1,253}"|'[^']{1,253}'|[^\s:#"'][^\s:]{0,252}):(?:[ \t]+|$)/;
const BLOCK_HEADER = /^[|>][+-]?[1-9]?[+-]?[ \t]*(?:#.*)?$/;
const BASE64 = /^[A-Za-z0-9+/]{4,}={0,2}$/;

/**
 * Whether `value` (under `data:`) is base64 of a secret: padded to a multiple of 4, at least 8
 * characters, decoding to text (16 or more may decode to binary: keys, keystores).
 */
export function isSecretBase64(value: string): boolean {
  if (value.length < 8 || value.length % 4 !== 0 || !BASE64.test(value)) return false;
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
 */
export function secretMap(line: string): Continuation | null {
  const m = MAP_START.exec(line);
  if (m === null) return null;
  const base64Only = m[2] === "data";
  const gate = (found: Candidate[], text: string) =>
    base64Only ? found.filter((c) => isSecretBase64(text.slice(c.start, c.end))) : found;
  /** An entry's value below it: the lines deeper than the entry's. */
  let inner: Continuation | null = null;
  return indented(m[1].length, (entryLine) => {
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
}

const JSON_SECRET = /"kind"\s{0,3}:\s{0,3}"Secret"/;
const JSON_MAP = /"(data|stringData)"\s{0,3}:\s{0,3}\{/g;
/** The start of one `"key": "value"` entry of a JSON object, up to the value's opening quote. */
const JSON_ENTRY_HEAD = /\s{0,3}"(?:[^"\\]|\\.){1,253}"\s{0,3}:\s{0,3}"/y;

/**
 * The values of the `data` and `stringData` objects of a JSON Secret on one line. A value is
 * read up to VALUE_CAP characters; a longer one is cut (the rest of the line masked unread).
 */
export function jsonSecretValues(line: string): Candidate[] {
  if (!JSON_SECRET.test(line)) return [];
  const found: Candidate[] = [];
  for (const m of line.matchAll(JSON_MAP)) {
    let at = m.index + m[0].length;
    for (;;) {
      JSON_ENTRY_HEAD.lastIndex = at;
      if (JSON_ENTRY_HEAD.exec(line) === null) break;
      const start = JSON_ENTRY_HEAD.lastIndex;
      let end = start;
      while (end < line.length && end - start <= VALUE_CAP && line[end] !== '"') {
        end += line[end] === "\\" ? 2 : 1;
      }
      if (end - start > VALUE_CAP) {
        found.push({ start, end: line.length, cut: true });
        break;
      }
      if (end > start) found.push({ start, end: Math.min(end, line.length) });
      at = skipBlank(line, end + 1);
      if (line[at] !== ",") break;
      at++;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function skipBlank(line: string, at: number): number {
  let i = at;
  while (i < line.length && i - at < 4 && /\s/.test(line[i])) i++;
  return i;
}
