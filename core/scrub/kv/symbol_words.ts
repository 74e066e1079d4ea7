/**
 * A bare value stopped at a symbol that its syntax does not end it at: generated passwords hold
 * `&`, `(`, `,`, `;`, `'`, `{`, `<`, `\` … (`5VL&0-&*^Iz6`, `P@ss(w0rd)`, `aGHPhCQw8(`). The
 * reader (./assignments.ts) stops a bare value at those; this reads on to the word's end (a
 * blank, the line's end) unless the syntax ends the value there: a query's next `&name=`, a list
 * or connection string's next `,name=` / `;Name=`, an Erlang record's next field (`,name = `), a
 * quote closing the string the pair is in, a tag (`</x>`), a statement's trailing `;` or `,`, an
 * escaped NUL between environment variables,
 * closing brackets the word did not open. Code and stand-ins stay no value: a call (a name, `(`,
 * `)` closing it), an index (`env["X"]`), a template (`${X}`, `{{ x }}`, `%(x)s`), an entity
 * (`&amp;`), a bracket the word opens and a later word closes (`(see below)`, `$(cat f)`),
 * brackets around the whole word (`(none)`).
 */

/**
 * A syntax's boundary at a symbol inside a word (seen within the value's cap, 4096); a `\`
 * ending the line goes on below; an escaped NUL before the next `NAME=` ends a variable of
 * `/proc/PID/environ` printed escaped (`A=1\0B=2`, Python's `\x00`).
 */
const BOUNDARY =
  /&[\w.[\]-]+=|&&|,[.-]*\w[\w.-]* ?[=:]|;[\w ]{0,40}=|[,;](?!\S)|<\/|<[a-z]+\/?>|\\$|\\(?:0|x00)(?=\w+=)/g;

/**
 * Code, stand-ins and words: an entity (`&amp;`, `&nbsp` ending the word: 8 characters at most),
 * a template (`${X}`, `\${X}`, `{{ x }}`,
 * `%(x)s`, `<%= x %>`), a Rust lifetime (`&'static`), a contraction (`don't`: lower-case letters
 * around a `'`), an object's member inside (`{"id":1}`), brackets around the whole word
 * (`(none)`, `<set …>`); a call or an index closed in the word (`getPassword()`, `env["X"]`,
 * `\$_POST[\"password\"]` escaped in a string), or left open to the next line with a quoted
 * argument (`fs.read('f',`) or none on a name's shape (words in camel or snake case, dotted:
 * `fetch(`, `cfg.get(`, `Credentials.from_p12_keyfile(`). A generated word has none of those
 * shapes (`aGHP(hCQw8`, `aGHPhCQw8(`, `E(9kSerjfpAx`, `P@ss(w0rd)`).
 */
const NO_VALUE =
  /^(?:&#?\w+;|&#?\w{1,8}$|\\?(?:[$#%@][({[]|\{\{|<%)|&?[a-z]*'[a-z]+$|[(<[{].*[)>\]}]$|\\?[\w$.]+(?:[([].*[)\]]|\(["'`])|[A-Za-z][a-z\d]*(?:[A-Z_.][a-z\d]+)*\($)|[{[,]"[^"]*":/;
/** A pair's name of dots or dashes alone after a `,` (see symbolWordEnd), and a name's mark. */
const PUNCTUATION_NAME = /,[.-]+[=:]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Stand-ins in angle brackets, joined by a symbol (`<key-id>/<scope>`, `<user>:<password>,`). */
const ANGLED_STAND_INS = /^(?:<[^<>\s]{1,64}>[^\w\s<>]?){1,8}$/;

/** How many times `c` occurs in `text` before `to`. */
function count(text: string, c: string, to = 4e9) {
  let n = 0, k = -1;
  while ((k = text.indexOf(c, k + 1)) >= 0 && k < to) n++;
  return n;
}

/**
 * Where the bare value from `at`, stopped by the reader at `stop` (a symbol, no blank), ends when
 * read whole; `stop` when it is not read on.
 */
export function symbolWordEnd(line: string, at: number, stop: number): number {
  // A blank, the line's end, or a quote closing the string the pair is written in (an odd count
  // of it before the value).
  const q = line[stop] ?? " ";
  if (/\s/.test(q) || `"'\``.includes(q) && count(line, q, at) % 2) return stop;
  let end = line.slice(stop, stop + 4096).search(/\s|$/) + stop;
  // A quote closing the string the pair is written in ends the word there (`'x.secret = v;',`).
  for (const c of `"'\``) {
    const k = count(line, c, at) % 2 ? line.indexOf(c, stop) : -1;
    if (k !== -1 && k < end) end = k;
  }
  // Stand-ins in angle brackets joined (`<key-id>/<scope>`): no value, and no tag ends it.
  if (ANGLED_STAND_INS.test(line.slice(at, end))) return stop;
  BOUNDARY.lastIndex = stop;
  const b = BOUNDARY.exec(line.slice(0, at + 4096));
  if (b && b.index < end) end = b.index;
  // A `,` before a name of dots or dashes alone (`,.:`, `,-=`) ends the word only when nothing
  // before it holds a letter or digit: a password's `Ab3,.:-@*?!` is read on.
  PUNCTUATION_NAME.lastIndex = stop;
  const p = PUNCTUATION_NAME.exec(line.slice(0, end));
  if (p && !LETTER_OR_DIGIT.test(line.slice(at, p.index))) end = p.index;
  let value = line.slice(at, end);
  for (const [o, c] of ["()", "[]", "{}", "<>"]) {
    // Closing brackets the word did not open end it (`login(password=v)`); a bracket it opens
    // that a later word closes makes it no value.
    while (value.endsWith(c) && count(value, c) > count(value, o)) value = value.slice(0, -1);
    if (count(value, o) > count(value, c) && line.includes(c, end)) return stop;
  }
  value = value.replace(/[,;]+$/, "");
  return NO_VALUE.test(value) ? stop : at + value.length;
}
