/**
 * Credentials on command lines, where the command, not a key name, says which argument is a
 * password: `curl -u user:pass` (and `--user`, `-U`, `--proxy-user`, in every quoting; with no
 * password, `-u 'KEY:'`, the user is the API key), `curl --oauth2-bearer T`, `mysql -pPASS`
 * (glued: `-p PASS` names a database), `sshpass -p PASS`, `docker login -p PASS` (podman,
 * nerdctl, buildah, skopeo, oras, helm, crane), `redis-cli -a PASS`, `mongosh -p PASS`, SQL's
 * `IDENTIFIED BY 'PASS'` and PowerShell's `ConvertTo-SecureString "PASS" -AsPlainText`.
 * Options named like secrets (`--password=…`, `--token …`) are read by ./assignments.ts.
 */
import { VALUE_CAP } from "./assignments.ts";
import { isQuote, isSpace } from "./syntax.ts";

/** A password or token found on a command line: `line[start, end)`, or a cut from `start`. */
export interface CommandValue {
  start: number;
  end: number;
  /** The argument runs past VALUE_CAP: from `start` on, the line is not read. */
  cut: boolean;
}

/** Arguments read per command (a bound on the work; real commands have far fewer). */
const MAX_WORDS = 64;
/** Commands read per line; past them, the rest of the line is one cut (masked unread). */
const MAX_COMMANDS = 100;

/** The commands read, at a word boundary (a path before them is fine: `/usr/bin/curl`). */
const COMMAND =
  /(?<![\w.-])(?:curl|mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|sshpass|docker|podman|nerdctl|buildah|skopeo|oras|helm|crane|redis-cli|mongo|mongosh|mongodump|mongorestore)(?![\w-])/gi;
const IDENTIFIED_BY =
  /\bidentified\s{1,4}(?:with\s{1,4}\S{1,40}\s{1,4})?by\s{1,4}(?:password\s{1,4})?(["'])/gi;
const SECURE_STRING = /\bconvertto-securestring\s{1,4}(?:-string\s{1,4})?(["'])/gi;

/** The lower-case names the command reader starts from: a line holds one when it finds anything. */
export const COMMAND_KEYWORDS: readonly string[] = [
  "curl",
  "mysql",
  "mariadb",
  "sshpass",
  "docker",
  "podman",
  "nerdctl",
  "buildah",
  "skopeo",
  "oras",
  "helm",
  "crane",
  "redis-cli",
  "mongo",
  "identified",
  "convertto-securestring",
];

interface Word {
  start: number;
  end: number;
}

/** Ends a command: a pipe, `;`, `&&`, `||`, `&`, a closing parenthesis or backquote. */
const isCommandEnd = (c: number) =>
  c === 0x7c || c === 0x3b || c === 0x26 || c === 0x29 || c === 0x60;

/** The shell words after `at` up to the end of the command (quotes kept, at most MAX_WORDS). */
function wordsFrom(line: string, at: number): Word[] {
  const words: Word[] = [];
  const n = line.length;
  let i = at;
  while (words.length < MAX_WORDS) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    if (i >= n || isCommandEnd(line.charCodeAt(i))) break;
    const start = i;
    while (i < n && !isSpace(line.charCodeAt(i)) && !isCommandEnd(line.charCodeAt(i))) {
      const c = line.charCodeAt(i);
      if (c === 0x27 || c === 0x22) {
        // A quoted part: to its closing quote (a `\` escapes inside double quotes).
        i++;
        while (i < n && line.charCodeAt(i) !== c) {
          i += c === 0x22 && line.charCodeAt(i) === 0x5c ? 2 : 1;
        }
        i = Math.min(i + 1, n);
      } else i++;
    }
    words.push({ start, end: i });
  }
  return words;
}

/** `line[start, end)` without the quotes around it, when it is one quoted part. */
function unquoted(line: string, start: number, end: number): Word {
  const q = line.charCodeAt(start);
  if (end - start >= 2 && isQuote(q) && line.charCodeAt(end - 1) === q) {
    return { start: start + 1, end: end - 1 };
  }
  if (end - start === 1 && isQuote(q)) return { start: end, end };
  return { start, end };
}

const value = (w: Word): CommandValue =>
  w.end - w.start > VALUE_CAP
    ? { start: w.start, end: w.end, cut: true }
    : { start: w.start, end: w.end, cut: false };

/** A user name that is an API key (`curl -u 'KEY:'`): 12 or more letters and digits, both. */
const KEY_AS_USER = /^(?=[^:]*[0-9])(?=[^:]*[A-Za-z])[A-Za-z0-9_.+\/=-]{12,}$/;

/**
 * `user:password` given to curl: the password; with none (`KEY:`), the user when it is an API
 * key (`admin:` only makes curl ask for the password); nothing without a colon.
 */
function userPassword(line: string, w: Word): CommandValue | null {
  const colon = line.indexOf(":", w.start);
  if (colon === -1 || colon >= w.end) return null;
  if (colon + 1 < w.end) return value({ start: colon + 1, end: w.end });
  return KEY_AS_USER.test(line.slice(w.start, colon))
    ? value({ start: w.start, end: colon })
    : null;
}

/** Short options curl takes without an argument, which may come before `u` in one word (`-sSu`). */
const CURL_USER = /^-[sSfLkvi#]*u/;

/** The flags whose argument is a password, per command, and whether it may be glued (`-pPASS`). */
interface PasswordFlag {
  flag: string;
  /** `-p PASS` as well as `-pPASS` (mysql's `-p NAME` names a database: glued only). */
  spaced: boolean;
}

function passwordFlags(command: string): readonly PasswordFlag[] {
  switch (command) {
    case "mysql":
    case "mysqldump":
    case "mysqladmin":
    case "mariadb":
    case "mariadb-dump":
      return [{ flag: "-p", spaced: false }];
    case "sshpass":
    case "mongo":
    case "mongosh":
    case "mongodump":
    case "mongorestore":
      return [{ flag: "-p", spaced: true }];
    case "redis-cli":
      return [{ flag: "-a", spaced: true }];
    default:
      return [];
  }
}

/** The registry clients whose `login` takes `-p PASS`. */
const LOGIN_CLIENTS = new Set([
  "docker",
  "podman",
  "nerdctl",
  "buildah",
  "skopeo",
  "oras",
  "helm",
  "crane",
]);

function readCommand(line: string, command: string, words: Word[], out: CommandValue[]): void {
  const text = (w: Word) => line.slice(w.start, w.end);
  let flags = passwordFlags(command);
  if (LOGIN_CLIENTS.has(command)) {
    flags = words.some((w) => text(w) === "login") ? [{ flag: "-p", spaced: true }] : [];
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const word = text(w);
    const next = words[k + 1];
    if (command === "curl") {
      const user = CURL_USER.exec(word);
      let arg: Word | null = null;
      if (user !== null) {
        arg = word.length > user[0].length
          ? { start: w.start + user[0].length, end: w.end }
          : next ?? null;
      } else if (word === "--user" || word === "-U" || word === "--proxy-user") arg = next ?? null;
      else if (word.startsWith("--user=") || word.startsWith("--proxy-user=")) {
        arg = { start: w.start + word.indexOf("=") + 1, end: w.end };
      } else if (word === "--oauth2-bearer" && next !== undefined) {
        out.push(value(unquoted(line, next.start, next.end)));
        continue;
      }
      if (arg !== null) {
        const found = userPassword(line, unquoted(line, arg.start, arg.end));
        if (found !== null) out.push(found);
      }
      continue;
    }
    for (const { flag, spaced } of flags) {
      if (word === flag && spaced && next !== undefined && !text(next).startsWith("-")) {
        out.push(value(unquoted(line, next.start, next.end)));
      } else if (word.length > flag.length && word.startsWith(flag)) {
        out.push(value(unquoted(line, w.start + flag.length, w.end)));
      }
    }
  }
}

/** A quoted argument whose opening quote `m` matched: up to its closing quote (or a cut). */
function quotedArgument(line: string, m: RegExpExecArray, out: CommandValue[]): void {
  const start = m.index + m[0].length;
  const close = line.indexOf(m[1], start);
  const end = close === -1 ? line.length : close;
  if (end > start) out.push(value({ start, end }));
}

/** Every password or token the command lines on `line` are given, in order. */
export function commandValues(line: string): CommandValue[] {
  const out: CommandValue[] = [];
  let commands = 0;
  for (const m of line.matchAll(COMMAND)) {
    if (++commands > MAX_COMMANDS) {
      out.push({ start: m.index, end: line.length, cut: true });
      break;
    }
    readCommand(line, m[0].toLowerCase(), wordsFrom(line, m.index + m[0].length), out);
  }
  for (const m of line.matchAll(IDENTIFIED_BY)) quotedArgument(line, m, out);
  for (const m of line.matchAll(SECURE_STRING)) quotedArgument(line, m, out);
  return out.sort((a, b) => a.start - b.start);
}
