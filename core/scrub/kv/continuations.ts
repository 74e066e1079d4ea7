/**
 * Values that go on below their key's line, read line by line (see Continuation in
 * ../detector.ts): a YAML block scalar (`key: |`, `key: >-`) and a scalar or list items on the
 * lines after `key:`, both as deep as the lines indented deeper than the key's; an XML element
 * whose value sits on its own line(s), up to the next tag; a here-document up to its marker; the
 * rest of a value after a shell line continuation (`\` ending the line).
 * Each value line is one candidate, from its first to its last non-blank character; a line past
 * the value ends the continuation and is scrubbed as any line.
 */
import type { Candidate, Continuation } from "../detector.ts";
import type { Opener } from "./assignments.ts";
import { KEY_VALUE_ELEMENT, OBJECT_FIELD, textEnd } from "./syntax.ts";

const NONE: readonly Candidate[] = [];

/** Leading spaces and tabs. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t")) i++;
  return i;
}

/** `line`'s text from `from` without the blanks around it, as a candidate (none when blank). */
export function trimmedFrom(line: string, from: number, to = line.length): Candidate[] {
  let start = from, end = to;
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return end > start ? [{ start, end }] : [];
}

/** A YAML mapping entry (`key:` or `key: value`), which ends a scalar read after `key:`. */
const MAPPING_ENTRY = /^\s*(?:-\s+)?(?:"[^"]*"|'[^']*'|[^\s:#"'][^:#]*?)\s*:(?:\s|$)/;

/** What reads the lines below an opener. */
export function continuationFor(opener: Opener): Continuation {
  switch (opener.form) {
    case "block":
      return indented(opener.indent, (line) => trimmedFrom(line, indentOf(line)));
    case "next-line":
      return nextLineScalar(opener.indent);
    case "element":
      return elementText();
    case "property-list":
      return propertyListElement();
    case "printed-below":
      return wordPrintedBelow();
    case "heredoc":
      return hereDocument(opener.marker);
    case "named-value":
      return namedValueBelow(opener.indent);
    case "continued":
      return continuedValue(opener.quote);
    case "array":
      return arrayItems();
    case "after-arrow":
      return valueAfterArrow();
  }
}

/**
 * A dumped string at a line's start, after its indentation: PHP's `string(15) "`, or a quote; a
 * console's `=> ` (IRB, pry) or a CI debug log's `##[debug]=> `, `##[debug]Result: ` before it.
 */
const DUMPED_STRING =
  /^(?:##\[debug\](?:=>|Result:) |=> |Out\[\d{1,5}\]: |\$\d{1,5} ==> )?(?:string\(\d{1,7}\) "|["'])/;
/** Scala's REPL printing a string, bare: `val res0: String = v`, `res1: String = v`. */
const SCALA_RESULT = /^(?:val )?res\d{1,5}: String = (?=\S)/;
const RESULT = "##[debug]Result: ";

/**
 * The value on the line after a dump's `=>` (or a console's expression, see Opener): its quoted
 * string (PHP's var_dump and Xdebug write `string(15) "v"`, Ruby's pp `"v"` or `"v",`), to the
 * last quote like its opening one on the line; anything else (`int(5)`, `NULL`, `array(2) {`,
 * `{`) is no string there. One line only, and a `##[debug]Result: ` line after `##[debug]=> `.
 */
function valueAfterArrow(): Continuation {
  let result = false;
  const read = (line: string, at: number) => {
    const scala = SCALA_RESULT.exec(line.slice(at, at + 32));
    if (scala !== null) return trimmedFrom(line, at + scala[0].length);
    const open = DUMPED_STRING.exec(line.slice(at, at + 24))?.[0];
    result = open?.[9] === "="; // `##[debug]=> `
    // No closing quote after the opening one: an empty reading (trimmedFrom's end before its start).
    return open === undefined
      ? null
      : trimmedFrom(line, at + open.length, line.lastIndexOf(open.slice(-1)));
  };
  const first = firstLineBelow(0, read);
  return { next: (line) => result && line.startsWith(RESULT) ? read(line, 0) : first.next(line) };
}

/**
 * Lines a value or command continued by `\` is read on (a bound on the work; then it has ended).
 */
export const MAX_CONTINUED_LINES = 16;
/** An option (`-p 8080`, `--rm`), not a value, at a continued line's start. */
const OPTION = /^--?[A-Za-z][\w.-]*(?:[=\s]|$)/;

/**
 * The rest of a value after a line continuation: in its quote (`quote`), the next line up to
 * the closing quote; bare, the next line's first word or quoted string (after its indentation;
 * an option there means the flag had no value). Either goes on while its line ends in `\` inside the value.
 */
function continuedValue(quote: string): Continuation {
  let lines = 0;
  let ended = false;
  return {
    next(line) {
      if (ended || ++lines > MAX_CONTINUED_LINES) return null;
      ended = true;
      const n = line.length;
      if (quote !== "") {
        let i = 0;
        while (i < n && line[i] !== quote) i += line[i] === "\\" ? 2 : 1;
        if (i >= n && line.endsWith("\\")) {
          ended = false;
          return trimmedFrom(line, 0, n - 1);
        }
        return trimmedFrom(line, 0, Math.min(i, n));
      }
      const at = indentOf(line);
      if (OPTION.test(line.slice(at, at + 80))) return NONE;
      const open = line[at];
      if (open === '"' || open === "'") {
        const close = line.indexOf(open, at + 1);
        return trimmedFrom(line, at + 1, close === -1 ? n : close);
      }
      let end = at;
      while (end < n && !/[\s"'`;&|]/.test(line[end])) end++;
      if (end === n && end > at && line[end - 1] === "\\") {
        ended = false;
        return trimmedFrom(line, at, end - 1);
      }
      return trimmedFrom(line, at, end);
    },
  };
}

/** Lines read for the `value:` entry after `name: KEY` (its siblings: `valueFrom:`, comments). */
const MAX_SIBLING_LINES = 8;
/**
 * `value: v` (YAML) or `"value": "v"` (JSON over several lines); an HCL variable's quoted `default = "v"`.
 */
const VALUE_ENTRY = /^(?:value|"value")[ \t]{0,3}:(?:[ \t]+|$)|^default[ \t]*=[ \t]*(?=")/i;
/**
 * A line that may open a value below it: a list's item (`- name: KEY`), a here-document, or
 * ending in `{`, `[`, `key:`, `|`, `>-`, `\\`.
 */
const OPENS_BELOW = /^\s*-\s|<<|[[{:|>\\][+-]?\s*$/;

/**
 * cloud-init's `chpasswd:` map's `list:` entry, its lines below it (`list: |`, or `list:` then
 * `- ` items): `user:password` one a line (`ubuntu:v`); under any password-named key's map. The
 * password, after its user's `:` (not `RANDOM`, cloud-init's word asking it to make one).
 */
const USER_PASSWORD = /^\s*(?:- )?[\w.-]+:(?!RANDOM\s*$)(?=\S)/;

/**
 * After `- name: KEY`: the entry `value: v` of the same map (as deep as `name`, or a sibling
 * item `- value: v`; for an `indent` below 0, as deep as the first line that is not blank: an HCL
 * block's attributes), on one of the next few lines; a line less deep ends the map, and the
 * search. For an `object` given to a secret-named key (`DbPassword:` or `"DbPassword": {` ending
 * its line, then a map's entries): its OBJECT_FIELD; a line that may open a value of its own
 * (OPENS_BELOW) ends the search, and is read as any line.
 */
function namedValueBelow(indent: number, object?: boolean): Continuation {
  let lines = 0;
  let ended = false;
  let list: Continuation | undefined;
  return {
    next(line) {
      if (list) return list.next(line);
      if (ended || ++lines > MAX_SIBLING_LINES) return null;
      let at = indentOf(line);
      if (at === line.length) return NONE;
      if (object && at === indent && /^list:\s*\|?\s*$/.test(line.slice(at))) {
        list = indented(
          at,
          (item) => trimmedFrom(item, USER_PASSWORD.exec(item)?.[0].length ?? item.length),
        );
        return NONE;
      }
      // A `}` first: the block is empty.
      if (indent < 0) indent = line[at] === "}" ? at + 1 : at;
      // Swift's `dump` of a dictionary prints a pair's key and value as sibling items (`- key:
      // "password"` then `- value: "v"`): a sibling item `- value:` is the value; any other ends.
      if (at + 2 === indent && line.startsWith("- ", at) && VALUE_ENTRY.test(line.slice(at + 2))) {
        at += 2;
      }
      if (at < indent) return null;
      const entry = at === indent
        ? (object ? OBJECT_FIELD : VALUE_ENTRY).exec(line.slice(at))
        : null;
      if (entry === null) return object && OPENS_BELOW.test(line) ? null : NONE;
      ended = true;
      const from = at + entry[0].length;
      const quote = line[from];
      if ((quote === '"' || quote === "'") && line.lastIndexOf(quote) > from) {
        return trimmedFrom(line, from + 1, line.lastIndexOf(quote));
      }
      return trimmedFrom(line, from);
    },
  };
}

/** The lines indented deeper than `indent` (blank ones included), each read by `value` (null ends). */
export function indented(
  indent: number,
  value: (line: string) => readonly Candidate[] | null,
): Continuation {
  return {
    next(line) {
      const at = indentOf(line);
      if (at === line.length) return NONE;
      return at > indent ? value(line) : null;
    },
  };
}

/**
 * After `key:` alone: a scalar on the deeper lines, or list items (`- v`); a mapping entry
 * there means the key holds a map, whose own keys are read as any line, and whose OBJECT_FIELD
 * is the key's value (a template's parameter: CloudFormation's `DbPassword:`, `Type: String`,
 * `Default: v`, or its JSON, `"DbPassword": {` ending the line; namedValueBelow).
 */
function nextLineScalar(indent: number): Continuation {
  let map: Continuation | null | undefined;
  const deeper = indented(indent, (line) => {
    const at = indentOf(line);
    if (line[at] === "#") return [];
    if (MAPPING_ENTRY.test(line)) return (map = namedValueBelow(at, true)).next(line);
    const item = /^-\s+/.exec(line.slice(at));
    const from = at + (item === null ? 0 : item[0].length);
    const quote = line[from];
    if ((quote === '"' || quote === "'") && line.lastIndexOf(quote) > from) {
      return trimmedFrom(line, from + 1, line.lastIndexOf(quote));
    }
    return trimmedFrom(line, from);
  });
  return { next: (line) => map === null ? null : (map ?? deeper).next(line) ?? (map = null) };
}

/** Lines read for the items of an array opened at its key's line's end (a bound on the work). */
const MAX_ARRAY_LINES = 64;
/** An array's item: one quoted string, a `,` after it at most. */
const ARRAY_ITEM = /^[ \t]*(["'])((?:(?!\1)[^\\]|\\.)*)\1[ \t]*,?[ \t]*$/;

/**
 * The items of an array opened at its key's line's end (`"passwords": [`): each line below
 * that holds one quoted string, its text; a line that holds anything else (the `]`, an object,
 * a number, a call) ends the reading.
 */
function arrayItems(): Continuation {
  let lines = 0;
  return {
    next(line) {
      if (++lines > MAX_ARRAY_LINES) return null;
      const at = indentOf(line);
      if (at === line.length) return NONE;
      const item = ARRAY_ITEM.exec(line);
      if (item === null) return null;
      const from = line.indexOf(item[1], at) + 1;
      return trimmedFrom(line, from, from + item[2].length);
    },
  };
}

/**
 * An element's text below its start tag: up to the next tag (a closing tag ends it); or, first, a
 * `<value>` element (unattend.xml's `<Password>` then `<Value>v</Value>`), read as a `<key>`'s.
 */
function elementText(): Continuation {
  let ended = false, first = true, inner: Continuation | null = null;
  return {
    next(line) {
      if (inner !== null) return inner.next(line);
      if (ended) return null;
      const at = indentOf(line);
      if (at === line.length) return NONE;
      if (line[at] === "<") return first ? (inner = propertyListElement()).next(line) : null;
      first = false;
      const tag = line.indexOf("<", at);
      if (tag !== -1) ended = true;
      return trimmedFrom(line, at, tag === -1 ? line.length : textEnd(line, tag));
    },
  };
}

/**
 * The first line below that is not blank, after at most `maxBlanks` blank ones, read by `read`
 * (null: it holds no value); the reading ends with it.
 */
function firstLineBelow(
  maxBlanks: number,
  read: (line: string, at: number) => readonly Candidate[] | null,
): Continuation {
  let blanks = 0;
  let ended = false;
  return {
    next(line) {
      if (ended) return null;
      const at = indentOf(line);
      if (at === line.length) return ++blanks > maxBlanks ? null : NONE;
      ended = true;
      return read(line, at);
    },
  };
}

/** Blank lines read between a property list's `<key>` and its value's element. */
const MAX_PLIST_BLANKS = 4;
/** A `<key>`'s value element at a line's start (after its indentation). */
const PLIST_ELEMENT = new RegExp(`^${KEY_VALUE_ELEMENT}`, "i");
const CDATA = "<![CDATA[";

/**
 * After a property list's `<key>NAME</key>` ending its line: the `<string>`, `<data>` or `<value>`
 * element starting the next line that is not blank (any other line ends the reading): its text up
 * to the next tag (in CDATA, up to `]]>`), or, when none follows on its line, that line's rest and
 * the element's text below it.
 */
function propertyListElement(): Continuation {
  let below: Continuation | null = null;
  const element = firstLineBelow(MAX_PLIST_BLANKS, (line, at) => {
    const tag = PLIST_ELEMENT.exec(line.slice(at, at + 560));
    if (tag === null) return null;
    let from = at + tag[0].length;
    const cdata = line.startsWith(CDATA, from);
    if (cdata) from += CDATA.length;
    const close = line.indexOf(cdata ? "]]>" : "<", from);
    if (close !== -1) return trimmedFrom(line, from, close);
    below = elementText();
    return trimmedFrom(line, from);
  });
  return { next: (line) => below !== null ? below.next(line) : element.next(line) };
}

/** Blank lines read between a line announcing a password and the password. */
const MAX_PRINTED_BLANKS = 2;
/** The label a reset tool prints before the new password (`New value: …`). */
const NEW_VALUE = /^new[ \t]+value:[ \t]*/i;

/**
 * Below a line announcing a password (`Password for the elastic user (…):`) or an etcd key's path:
 * the next line that is not blank, when it holds a single word, not a path (after its indentation
 * and a `New value:` label);
 * any other line ends the reading, as does the line after the word.
 */
function wordPrintedBelow(): Continuation {
  return firstLineBelow(MAX_PRINTED_BLANKS, (line, at) => {
    const label = NEW_VALUE.exec(line.slice(at, at + 24));
    const word = trimmedFrom(line, label === null ? at : at + label[0].length);
    return word.length === 1 && !/\s|^\/.*\//.test(line.slice(word[0].start, word[0].end))
      ? word
      : null;
  });
}

/** The lines of a here-document, up to the line that holds only its marker. */
function hereDocument(marker: string): Continuation {
  return {
    next(line) {
      return line.trim() === marker ? null : trimmedFrom(line, 0);
    },
  };
}
