/**
 * Credentials without a provider prefix: JWTs, HTTP `Authorization` headers, cookies,
 * secret-named assignments (`password=…`, `"api_key": "…"`, `--token …`), credentials in
 * URLs and connection strings, and passwords on database command lines.
 */
import type { Candidate, Continuation, Detector } from "../detector.ts";
import { secret } from "./compact_detector.ts";
import { once } from "../../once.ts";
import { raw } from "./raw.ts";
import { regex } from "./regex.ts";
import {
  FOREIGN_PASSWORD_LEADS,
  isQuoteCode,
  readAssignments,
  refusedValue,
  VALUE_CAP,
} from "../kv/assignments.ts";
import { isCodeCall } from "../kv/code_values.ts";
import {
  COMMAND_KEYWORDS,
  commandValues,
  continuedCommand,
  INPUT_KEYWORDS,
  inputValues,
} from "../kv/commands.ts";
import { continuationFor } from "../kv/continuations.ts";
import { ECHO_HEAD } from "../kv/echoed_literal.ts";
import { smtpAuthLoginBelow } from "../kv/smtp_auth_login.ts";
import { type KeyKind, keyKind, namesOwnPassword, SESSION_COOKIE_NAME } from "../kv/key_names.ts";
import { inAuthorizationResponse } from "../kv/oauth_codes.ts";
import { sqlColumnValues } from "../kv/bind_parameters.ts";
import { valuesNamedBy } from "../kv/values_named_by.ts";
import {
  SECRET_READ_KEYWORDS,
  SECRET_STORE_KEYWORDS,
  secretPrintedBelow,
  secretStoreValues,
} from "./secret_store_commands.ts";
import { jsonSecretValues, secretMap } from "../kv/kubernetes.ts";
import {
  decodeBase64Text,
  isPlainWord,
  isProse,
  isShortNumber,
  isStatusWord,
} from "./value_checks.ts";
import { UUID } from "./provider_shapes.ts";
import { hasSequentialRandomPart } from "./stand_ins.ts";
import { within } from "../windowed_match.ts";
import { charsBefore } from "../kv/syntax.ts";

/**
 * The secret: `min` to VALUE_CAP characters of class `cls`, then `close` (a closing quote, a
 * boundary); or, when the run of `cls` is longer than the cap, its first VALUE_CAP characters
 * and a `cut`, so that matchDetector masks the rest of the line instead of passing it on.
 */
function cappedValue(cls: string, min: number, close = ""): string {
  return `(?:(?<secret>${cls}{${VALUE_CAP}})(?<cut>)(?=${cls})|(?<secret>${cls}{${min},${VALUE_CAP}})${close})`;
}

/**
 * A URL's user name and its password (RFC 3986 `userinfo`, loosely); the password's class holds
 * the user's, `:` and brackets.
 */
/** A session cookie's value: a run of a cookie value's characters (cut past VALUE_CAP). */
const SESSION_VALUE = new RegExp(
  String.raw`(?<![\w%.~+/-])` + cappedValue(String.raw`[\w%.~+/-]`, 16),
  "gd",
);

const URL_USER = String.raw`[^\s:\/?#@"'<>\[\]]`;
// `#` too: a password with one, logged unencoded (`amqp://u:pa#ss@host`), still ends at `@`.
const URL_PASSWORD = String.raw`[^\s\/?@"'<>]`;
// An `@` too when another follows before the authority's end: user-info ends at its last `@`
// (`mongodb://u:pa@ss1@host`, logged unencoded). The look-ahead stops at the next `@` (linear).
// A blank too when the rest up to the `@` has none (`postgres://u:my pass@db`, logged unencoded):
// one, the last, not first nor after a port (`https://host:8080 ops@db1`: no password).
const URL_PASSWORD_AT = String
  .raw`(?:${URL_PASSWORD}|@(?=[^\s\/?@"'<>]*@)|(?<!:\d*) (?=${URL_PASSWORD}+@))`;

/** A password that only names itself, as documentation writes a URL's shape. */
const SELF_NAMED_PASSWORD = /^(?:password|passwd|pass|pwd|pw|secret)$/i;
/**
 * After the `@`: a host under a name reserved for documentation (RFC 2606, 6761: example.com,
 * .net, .org, `*.example`, `*.test`, `*.invalid`), then its end.
 */
const DOCUMENTATION_HOST =
  /^@(?:[a-z0-9-]{1,63}\.){0,8}(?:example\.(?:com|net|org)|example|test|invalid)(?![a-z0-9-]|\.[a-z0-9])/i;

/** `scheme://user:password@db.example.com`: a URL's shape in documentation, no credential. */
const documentedUrlShape = (value: string, line: string, index: number) =>
  SELF_NAMED_PASSWORD.test(value) &&
  DOCUMENTATION_HOST.test(line.slice(index + value.length, index + value.length + 600));

/**
 * Common to every assignment: not a status word or a sentence (placeholders are refused for
 * every secret detector by matchDetector), nor how a tool shows a value it hides: a word in
 * brackets (`(hidden)`), masking dots (`●●●●●●●●`), a key shortened by an ellipsis
 * (`sk-...abcd`, `sk_live_…4242`).
 */
const plausibleValue = (value: string): boolean => {
  return !isStatusWord(value) && !isProse(value) && !DOCUMENTATION_VALUE.test(value) &&
    !(PLACEHOLDER_END.has(value.charCodeAt(value.length - 1)) &&
      PREFIXED_PLACEHOLDER.test(value)) &&
    !isBracketedWord(value) && !SHOWN_HIDDEN.test(value);
};

/** A plausible value (plausibleValue) of three characters or more. */
const plausibleAtLeast3 = (value: string) => value.length >= 3 && plausibleValue(value);

/**
 * Three to eight lower-case words quoted whole right after a password's own name (`password="correct
 * horse battery staple"`, `PASSWORD='my secret phrase'`): a passphrase, unless a word is one a
 * message is written with (`"must be at least 12 characters"`, `'not set'`, `"Enter your
 * password"`, a negation: `"doesnt start right"`) or one a status is (`"value too short"`,
 * `"required field missing"`); not under another name (`auth=`, `password_status=`).
 */
const passphrase = (value: string, line: string, index: number) =>
  PHRASE.test(value) && isQuoteCode(line.charCodeAt(index - 1)) &&
  line[index - 1] === line[index + value.length] && !MESSAGE_WORD.test(value) &&
  namesOwnPassword(NAME_BEFORE.exec(line.slice(Math.max(0, index - 80), index - 1))?.[1] ?? "");
const PHRASE = /^[a-z]{2,20}(?: [a-z]{2,20}){2,7}$/;
const MESSAGE_WORD =
  /\b(?:an?|the|is|are|be|not?|and|or|of|for|to|in|at|by|with|from|via|as|same|your?|must|please|enter|set|see|here|(?:does|do|is|ca|wo)nt|never|too|short|long|weak|invalid|missing|required|empty|expired|wrong|incorrect|reset|changed|hidden|redacted|omitted|field|value)\b/;
/**
 * A test runner's verdict, where `PASS` names no password but the test that passed:
 * Go's `--- PASS: TestName (0.01s)` (a subtest's indented), and at a line's start a test's file,
 * by its extension or a `tests/` directory in its path (automake's `PASS: tests/test-hmac`,
 * DejaGnu's `PASS: gcc.dg/pr1.c (test for excess errors)`, Jest's `PASS  src/a.test.ts`), or the
 * tally of tests passed (`opa test`'s `PASS: 41/42`).
 */
const TEST_VERDICT =
  /^\s*(?:--- PASS: (?=\S+ \([\d.]+s\))|PASS:? +(?=\S*?(?:\bt(?:ests?)?[/\\]|\.(?:sh|t|c|py|[jt]sx?)\b)|\d+\/\d+(?!\S)))/i;

/** A name right before the value's quote (`password="`, `DB_PASS: '`, `--password "`): the name. */
const NAME_BEFORE = /([^\s"'`=:]{1,64})["'`]?(?:[ \t]*[:=][ \t]*| )$/;

/** Masking dots, or a key's prefix and last few characters around an ellipsis. */
const SHOWN_HIDDEN = /^(?:[●•∙·]{3,}|(?:[\w-]{0,15}[_-])?(?:\.{3}|…)\w{0,6})$/;

/**
 * A provider's prefix before a body of x's or stars only (`AVNS_xxxxxxxxxxxxxxxxxxxxxxx`,
 * `sk_live_XXXXXXXXXXXX`, `LTAIxxxxxxxxxxxxxxxx`), as its documentation shows a key: a
 * placeholder.
 */
/** The last characters of PREFIXED_PLACEHOLDER: `x`, `X`, `*` (a first look). */
const PLACEHOLDER_END = new Set([0x78, 0x58, 0x2a]);
const PREFIXED_PLACEHOLDER =
  /^[A-Za-z0-9]{1,12}(?:[_-][A-Za-z0-9]{1,12}){0,2}[_-]?(?:x{6,}|X{6,}|\*{6,})$/;

/**
 * The values the key/value reader (../kv/assignments.ts) finds assigned to keys of `kind` on a
 * line, as candidates (and a cut, when the line holds more keys than the reader reads).
 */
function assignedValues(kind: KeyKind, keep?: (line: string, keyStart: number) => boolean) {
  return (line: string): Candidate[] => {
    const found: Candidate[] = [];
    // An index loop: the iterator's objects cost more than the reading on most lines.
    const assignments = readAssignments(line);
    for (let i = 0; i < assignments.length; i++) {
      const a = assignments[i];
      if (a.cut) found.push(a);
      else if (
        a.kind === kind && a.end > a.start && (keep === undefined || keep(line, a.keyStart))
      ) {
        found.push(a);
      }
    }
    return found;
  };
}

/** The value below a line whose last key of `kind` has its value go on there (`password: |`). */
function valueBelow(kind: KeyKind) {
  return (line: string) => {
    const found = readAssignments(line);
    const last = found[found.length - 1];
    return last !== undefined && last.kind === kind && last.opens !== null
      ? continuationFor(last.opens)
      : null;
  };
}

/** `auth` or `cred` right after `=` or `/` is a value or a path segment (`bucket=auth:…`, `/v1/auth:…`). */
const notAfterValueOrPath = (line: string, keyStart: number): boolean => {
  const before = line[keyStart - 1];
  return before !== "=" && before !== "/";
};

/**
 * Documentation stand-ins inside a value (`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
 * `changeme123`, `xoxb-your-bot-token`, `somefakesecret`, `YourApiKey`): each word in one case, as
 * a person writes it (lower, capitalised or capitals); in random case it is part of a random
 * value (`S9YouRYqUYPZ$5`, `q7FaKEx…`), which stays a secret.
 */
export const DOCUMENTATION_VALUE = new RegExp(
  ["example", "changeme", "placeholder", "fake"]
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
    .join("|") + "|ChangeMe|(?:^|[^A-Za-z])(?:your|Your|YOUR)[-_ ]?[A-Za-z]",
);

/** A column whose name says it holds a password or secret (by the key/value reader's rules). */
const secretColumn = (name: string): boolean => {
  const kind = keyKind(name.trim().replace(/\s+/g, "_"));
  return kind === "password" || kind === "secret";
};

/**
 * A value of letters only that reads as random rather than as words: 20 or more, the case
 * switching at least once in every four characters (`qWeRtYuIoPaSdF…`, `KTBHYSrTrOQ…`), and
 * under a third of them vowels, as in random letters (10 of 52), where the words of a camel-case
 * name (`ThisIsMyApplicationKey`, switching as often) have two in five. A `_` among them is
 * read past (`qWeRtYuIo_PaSdFgHjK`: URL-safe base64 has `_`).
 */
function randomLetters(value: string): boolean {
  value = value.replaceAll("_", "");
  if (!/^[A-Za-z]{20,}$/.test(value)) return false;
  let switches = 0;
  for (let i = 1; i < value.length; i++) {
    if ((value[i] <= "Z") !== (value[i - 1] <= "Z")) switches++;
  }
  const vowels = value.replace(/[^aeiouAEIOU]/g, "").length;
  return switches * 4 >= value.length && vowels * 3 < value.length;
}

/**
 * An Oracle connect string on a command line or in a parameter (`sqlplus user/pw@host:1521/svc`,
 * `expdp system/pw@orcl`, `userid=scott/tiger`, `CONNECT user/pw@db`): its password. After
 * `connect` (a word of prose too) only when a connect identifier follows (`@`). Not a command
 * substitution (`scott/$(cat /run/secrets/pw)@db`): the shell puts the password there.
 */
const ORACLE_CONNECT = new RegExp(
  String
    .raw`(?<![\w-])(?:(?:sqlplus|sqlldr|expdp|impdp|exp|imp|dgmgrl)(?:\s{1,4}-[A-Za-z]{1,2}){0,3}\s{1,4}` +
    String.raw`|rman\s{1,4}(?:target|catalog|auxiliary)\s{0,2}=?\s{0,2}|userid\s{0,2}=\s{0,2}` +
    String.raw`|conn(?:ect)?\s{1,4})["']?[A-Za-z_$#][\w$#.]{0,127}["']?\/(?!\$\()` +
    String.raw`(?:(?<secret>[^\s@/"']{${VALUE_CAP}})(?<cut>)(?=[^\s@/"'])` +
    String.raw`|(?<secret>[^\s@/"']{1,${VALUE_CAP}})(?=[@"'\s]|$))`,
  "dgi",
);
/** `connect user/` right before a password: prose unless a connect identifier (`@db`) follows. */
const CONNECT_BEFORE = /(?<![\w-])conn(?:ect)?\s{1,4}["']?[A-Za-z_$#][\w$#.]{0,127}["']?\/$/i;

/**
 * The ports a PostgreSQL password file's entry is read with: PostgreSQL's usual ones (5432–5439),
 * PgBouncer's (6432), Supabase's pooler (6543), CockroachDB's (26257), or any (`*`). Each, between
 * its colons, is also a keyword of pgpass-password: a shape of any port would wake it on every
 * line with a `:digits:` (thousands on the key/value log).
 */
const PGPASS_PORTS = "5432 5433 5434 5435 5436 5437 5438 5439 6432 6543 26257 *".split(" ");

/**
 * An entry of a PostgreSQL password file (`~/.pgpass`: `host:port:database:user:password`, `*`
 * for any), as a word of its own: the password. The host has a letter, a dot or is `*`, and the
 * port one of PGPASS_PORTS, so times (`T10:12:01:…`) and MAC addresses are no entry.
 */
const PGPASS_ENTRY = new RegExp(
  String
    .raw`(?<![^\s"'=])(?:\*|[A-Za-z0-9_-]{0,253}[A-Za-z._][A-Za-z0-9_.-]{0,253}|\[[0-9A-Fa-f:.]{2,45}\])` +
    String.raw`:(?:${PGPASS_PORTS.join("|").replace("*", "\\*")}):[^:\s]{1,63}:[^:\s]{1,63}:` +
    String
      .raw`(?:(?<secret>\S{${VALUE_CAP}})(?<cut>)(?=\S)|(?<secret>[^\s"']{1,${VALUE_CAP}})(?![^\s"']))`,
  "dg",
);

/**
 * The schemes an `Authorization` header's credential follows (http-authorization reads past
 * them); Digest's parameters follow its name instead (digest-auth-response reads those).
 */
const SCHEMES =
  "basic bearer token bot apikey api-key sso-key key negotiate ntlm hmac dpop mac jwt otp";
const SCHEME_WORDS = new Set([...SCHEMES.split(" "), "digest"]);

export const WHOLE_UUID = new RegExp(`^${UUID}$`, "i");
/**
 * AWS's idempotency token, spelt so in its APIs (CloudTrail's `"clientToken":"fleet-<uuid>-0"`, IoT
 * shadows' `clientToken=<uuid>`), when it holds a UUID (36 hex digits and dashes): a request's id.
 * Vault's `client_token` and Go's `ClientToken`, and any other value, stay secrets.
 */
const CLIENT_TOKEN_ID = /^(?:\w+-)?[\da-f-]{36}(?:-\d+)?$/;

/** Character classes of token values: base64url, base64, a bearer token, a cookie value. */
const B64URL = "[A-Za-z0-9_-]";
const BASE64 = String.raw`[A-Za-z0-9+\/]`;
const BEARER = String.raw`[A-Za-z0-9._~+\/-]`;
// A `}` ends a cookie value (HAProxy logs the headers it captures in braces: `{Cookie: a=v}`)
// unless it closes a `{` or `{{` of the value's (`${API_KEY}`, `{{token}}`: references).
const COOKIE_VALUE = String.raw`(?:[^;\s"',\\}]|\}(?<=\{[^\s}]*\}|\{\{[^\s}]*\}\}))`;

/**
 * A cookie's name is read up to this many characters (RFC 6265 sets no maximum): a longer one
 * cuts the line, as the cookies after it cannot be told apart without reading it.
 */
const COOKIE_NAME = String.raw`[^=;\s"']`;
const COOKIE_NAME_CAP = 128;
/** A name that runs past COOKIE_NAME_CAP: from it, the rest of the line is masked. */
const LONG_COOKIE_NAME = String.raw`(?<cut>)${COOKIE_NAME}{${COOKIE_NAME_CAP + 1}}`;
/** A `Cookie` header's name, and one `name=value; ` pair of it. */
const COOKIE_HEADER = String.raw`(?<![\w-])cookie(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\\?["'])?`;
const COOKIE_PAIR = String.raw`${COOKIE_NAME}{1,${COOKIE_NAME_CAP}}=` +
  // A value in quotes (RFC 6265 allows them: `theme="dark"`), also JSON-escaped, or bare.
  String.raw`(?:"[^";\r\n]{0,4096}"|\\"[^";\r\n\\]{0,4096}\\"|[^;"'\r\n]{0,4096});\s{0,3}`;
/** Cookies the lookbehind reads back over (a bound on its work); past them the line is cut. */
const MAX_COOKIES = 50;
/**
 * `orders.created.v1`, `user:42:profile`: a dotted or colon-separated name, not a key; its parts
 * are names (40 characters at most), not random runs (a JWT-shaped token whose header is no JSON).
 * Or a cache's namespaced key in lower case, its words a hyphen may join (`rate-limit:tenant:4996`).
 */
/** A key whose last word is `auth` (`cloud.auth`, `BASIC_AUTH`), but HTTPie's `--auth` flag. */
const AUTH_KEY = /^(?!--auth$)(?:.*[_.-])?auth$/i;
/** A user, `:`, then the password (`elastic:Xk29…`, `ops@example.com:…`), not a URL's `://`. */
const AUTH_PAIR = /^[\w.@+-]{1,64}:(?!\/\/)(\S{3,})$/;
const DOTTED_NAME = /^[A-Za-z]\w{0,39}(?:[.:]\w{1,40})+$|^[a-z][a-z\d-]*(?::[a-z\d-]+)+$/;
/**
 * A Kubernetes object's generated name (`api-tls-8fldl`, `default-token-x7k2p`,
 * `api-7d9c8b6f5-x2kqz`): lower-case words, then the five characters Kubernetes appends from its
 * alphabet without vowels and without 0, 1 and 3; controllers log the name of the Secret they
 * make or mount under `secret`, `token`.
 */
const GENERATED_OBJECT_NAME = /^[a-z]{2,}(?:-[a-z\d]+)*-[b-df-hj-np-tv-xz24-9]{5}$/;
/**
 * `com.apple.notifyd.matching/3317`: a reverse-DNS name and, after a `/`, an instance number (how
 * macOS logs an XPC activity's stream token, `stream/token: com.apple.iokit.matching/812:`); a name,
 * not a secret.
 */
const NAMED_INSTANCE = /^[a-z]{2,16}(?:\.[A-Za-z_]\w*){2,}\/\d{1,10}:?$/;
/**
 * A base64 value (`/vSkm…CpM==`): one in 64 starts with `/`, yet it is no path: a path ends in no
 * `=` padding, and one of base64's alphabet alone, 20 characters or more, holds no capital, small
 * letter or digit in the same segment as a random value's do. A `/` at its start does not refuse it.
 */
const BASE64_NOT_PATH =
  /^[A-Za-z0-9+/]{14,}={1,2}$|^(?=[^/]*\/[^/]*\d)(?=[^/]*\/[^/]*[A-Z])(?=[^/]*\/[^/]*[a-z])[A-Za-z0-9+/]{20,}$/;

/**
 * Where a value is kept rather than the value: a reference in code (`process.env.API_KEY`,
 * `config.apiKey`, `Rails.application.credentials.secret_key_base`, PowerShell's `$env:API_KEY`,
 * Windows's `%API_KEY%`)
 * or a file path (`/etc/ssl/private/app.key`, `~/.ssh/id_rsa`, `./certs/key.pem`, `./password.txt`).
 * Not dotted words whose last ends in a word and two digits (`river.maple.otter42`): a passphrase
 * as people and generators write one, where a member's or an event's name ends in a letter or a
 * version (`orders.created.v1`).
 */
const REFERENCE = new RegExp(
  String
    .raw`^(?:(?:process|env|config|conf|cfg|settings|self|this|os|app|secrets|params|options|opts|args|props|Rails|System|ENV)(?:\.[A-Za-z_$][\w$]*)+` +
    String
      .raw`|[a-z]{2,16}(?:\.[A-Za-z_$][\w$]*){2,}(?<![a-z]{3}\d\d)|(?:~|\.{1,2})(?:\/[\w.-]+){1,}|(?:\/[\w.-]+){2,}` +
    // A PowerShell variable of a scope or drive: `$env:API_KEY`, `$script:token`.
    String.raw`|\$(?:[Ee]nv|ENV|script|global|local|private|using):[A-Za-z_]\w{0,99}` +
    // A Windows environment variable: `%API_KEY%`.
    String.raw`|%[A-Za-z_]\w{0,99}%)$`,
);
/** A relative path of lower-case names, three or more `/` (`conf/keys/prod/app.key`). */
const RELATIVE_PATH = /^[a-z0-9_.-]{1,64}(?:\/[a-z0-9_.-]{1,64}){3,}$/;

/** Brackets (and a stop) the prose around a value closes right after it: `…/api-key).` */
const CLOSED_BY_PROSE = /[)\]}]{1,4}[.,;:]?$/;

/**
 * Whether `value` is where a value is kept (REFERENCE), or a relative path; also with the
 * brackets of the sentence around it glued on, when it opens none of its own. Never base64 that
 * happens to hold two `/` (BASE64_NOT_PATH).
 */
function isReference(value: string): boolean {
  const closed = CLOSING_ENDS.includes(value[value.length - 1])
    ? CLOSED_BY_PROSE.exec(value)
    : null;
  const bare = closed === null || /[([{]/.test(value) ? value : value.slice(0, closed.index);
  return (REFERENCE.test(bare) || (bare.includes("/") && RELATIVE_PATH.test(bare))) &&
    !BASE64_NOT_PATH.test(value);
}
const CLOSING_ENDS = ")]}.,;:";

/** The JSON `text` holds, or undefined when it holds none (or there is no text). */
function parsedJson(text: string | null): unknown {
  try {
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A JWT: its header decodes to JSON with an `alg`; or, when the header decodes to no text at all
 * (bytes that are no UTF-8: a sample edited by hand, a header garbled), its payload to a JSON
 * object, and a signature of 16 or more characters follows. (A header of text that is no JSON
 * with an `alg` makes no JWT.)
 */
const isJwt = (token: string): boolean => {
  const [header, payload, signature = ""] = token.split(".");
  const headerText = decodeBase64Text(header);
  if (headerText !== null) {
    return typeof (parsedJson(headerText) as Record<string, unknown> | null)?.alg === "string";
  }
  const body = signature.length >= 16 ? parsedJson(decodeBase64Text(payload)) : undefined;
  return typeof body === "object" && body !== null && !Array.isArray(body);
};

/**
 * A credential after an auth scheme: not a bare scheme name, status word or plain word, nor (as
 * plausibleValue refuses) a plain word in or before brackets (a macOS log line's
 * `Authorization: (Authorization) [com.apple.Authorization:authd]`), nor the start of what
 * stands for one, cut at its first blank: a placeholder `<API token>`, a template
 * `{base64(user:password)}`, a command `$(gcloud auth print-access-token)`.
 */
function plausibleCredential(value: string): boolean {
  return plausibleValue(value) && !SCHEME_WORDS.has(value.toLowerCase()) &&
    !(isPlainWord(value) && value.length < 20) && !/^(?:<|\{|\$\()/.test(value);
}

/**
 * A plain word (isPlainWord) of fewer than 20 letters with an opening bracket before it, a
 * closing one after it, or both: `(Authorization)`, `authd]`, `[Security`; up to three more
 * lower-case words after a blank each, as a tool shows a value it does not print (`(not set)`,
 * `[not configured]`, `(hidden by policy)`).
 */
const BRACKETED_WORD =
  /^(?=.*[()[\]{}])[([{]?(?:[A-Za-z][a-z]{0,18}(?: [a-z]{1,18}){0,3}|[A-Z]{1,19})[)\]}]?$/;
const isBracketedWord = (value: string) => BRACKETED_WORD.test(value);

/** Decoded Basic credentials: `user:password`, printable (the pattern bounds the length). */
function isUserColonPassword(text: string | null): boolean {
  if (text === null) return false;
  const colon = text.indexOf(":");
  return colon >= 0 && colon < text.length - 1 && ![...text].some((c) => c.charCodeAt(0) < 32);
}

/**
 * Any other scheme before the credentials (RFC 9110 `auth-scheme`: `OAuth`, `SSWS`,
 * `Klaviyo-API-Key`, `Zoho-oauthtoken`): a word of letters and dashes, at most 20 (a longer one
 * may be a credential of letters alone), then blanks and a credential of 6 or more characters.
 */
const AUTH_SCHEME = String.raw`[A-Za-z][A-Za-z-]{1,19}\s{1,3}(?=[^\s"',;\\]{6})`;

/**
 * AWS Signature Version 4 (`AWS4-HMAC-SHA256`, `AWS4-ECDSA-P256-SHA256`): a scheme name with
 * digits, then `Credential=KEYID/scope, SignedHeaders=…, Signature=…` in any order, up to the
 * `Signature=` whose value is the credential (the key id is its own detector's), within
 * AWS_SIGNATURE_PARAMETERS characters of parameters.
 */
const AWS_SIGNATURE_PARAMETERS = 2000;
const AWS_SIGNATURE = String
  .raw`AWS4-[A-Za-z0-9-]{1,40}\s{1,3}(?:[^\r\n"]{0,${AWS_SIGNATURE_PARAMETERS}}?[\s,])?Signature=`;
/**
 * A SigV4 header whose parameters run on past that bound with no `Signature=` in it: the
 * signature may be past it, unread, so from after the scheme the line is cut (masked).
 */
const AWS_SIGNATURE_UNREAD = String.raw`AWS4-[A-Za-z0-9-]{1,40}\s{1,3}` +
  String.raw`(?![^\r\n"]{0,${AWS_SIGNATURE_PARAMETERS}}?[\s,]Signature=)` +
  String.raw`(?=[^\r\n"]{${AWS_SIGNATURE_PARAMETERS + 1}})(?<secret>)(?<cut>)`;
/** A SigV4 scheme with no `Signature=` after it: a name, not a credential. */
const AWS_SIGNATURE_SCHEME = /^AWS4-[A-Za-z0-9-]{1,40}$/i;

/**
 * A config pair's name attribute, `key="…"`, `Name = "…"` or `key='…'`; the name is its first
 * group.
 */
const CONFIG_NAME = String.raw`(?:[Kk]ey|[Nn]ame|KEY|NAME)\s{0,3}=\s{0,3}["']([\w.:-]{1,80})["']`;
/**
 * A config pair's value attribute up to its opening quote: `value=`, `Value = `, `Value\t= `;
 * the blanks before `=` are the ones config-attribute-secret's keywords name.
 */
const CONFIG_VALUE = String.raw`(?:[Vv]alue|VALUE)(?: {0,3}|\t)=\s{0,3}`;
/**
 * A config pair's name attribute up to its value's opening quote: `key="…" value=`,
 * `Name = "…" Value=`; the name is its first group.
 */
const CONFIG_PAIR_NAME = String
  .raw`${CONFIG_NAME}(?:\s{1,4}[\w-]{1,20}="[^"<>]{0,40}"){0,3}\s{1,4}${CONFIG_VALUE}`;
/** The name attribute before a config pair's value, read back from where the value starts. */
const NAME_ATTRIBUTE = new RegExp(`${CONFIG_PAIR_NAME}["']$`);
/** The name attribute after a config pair's value (`value="…" name="…"`), from its closing quote. */
const NAME_ATTRIBUTE_AFTER = new RegExp(String.raw`^["']\s{1,4}${CONFIG_NAME}`);
/** `alternative` in double quotes, then in single ones (XML's attributes take either). */
const inQuotes = (alternative: (q: string) => string) => `${alternative('"')}|${alternative("'")}`;

/** Whether the config pair whose value is `value`, at `index`, is named like a secret. */
function attributeNamesSecret(line: string, index: number, value: string): boolean {
  const m = NAME_ATTRIBUTE.exec(charsBefore(line, index, 120)) ??
    NAME_ATTRIBUTE_AFTER.exec(line.slice(index + value.length, index + value.length + 120));
  return m !== null && keyKind(m[1]) !== null;
}

/** Up to five words of letters (each at most 12), joined by `/`, `-`, `_`, `.` or a space. */
const WORDS_SETTING = /^[A-Za-z][a-z]{0,11}(?:[\/ _.-][A-Za-z][a-z]{0,11}){0,4}$|^[A-Z]{2,12}$/;

/**
 * A cookie that holds a setting in words, maybe URL-encoded (`tz=Europe%2FLondon`,
 * `theme=high-contrast`): no session id is made of a few short words.
 */
function isWordsSetting(value: string): boolean {
  let text = value;
  if (value.includes("%")) {
    try {
      text = decodeURIComponent(value);
    } catch {
      return false;
    }
  }
  return WORDS_SETTING.test(text);
}

/** How a key named `…PAT` ends on a line: `pat` and what may follow a key's name. */
const PAT_NAME_ENDS = ["=", ":", '"', "'", " ", "\t", "_", "-", ">", "\\"].map((c) => "pat" + c);

/** An argument of a call or constructor, after a blank maybe: a string literal or a name. */
const CALL_ARGUMENT = raw` ?(?:"[^"\r\n]{0,256}"|'[^'\r\n]{0,256}'|[\w.$]{1,128})`;
/** The argument before a JWT call's key: an object (`{"sub": 1}`), a quoted word or a name. */
const SIGNED_ARGUMENT = raw`(?: ?\{[^{}\r\n]{0,256}\}|${CALL_ARGUMENT})`;
/** The secret a call is given as a string literal, in either quotes (its text: `secret`). */
const QUOTED_SECRET_ARGUMENT = raw`["'](?<secret>[^"'\r\n]{1,256})["']`;

/** Network device configuration commands that prose writes too (`enable password`, `username`). */
const CISCO_PROSE_WORDS =
  raw`enable (?:password|secret)(?: level \d\d?)?|username \S{1,64}(?: privilege \d\d?)? (?:password|secret)|pac key`;

/** This family's detectors, built on the first call (see ./mod.ts). */
/**
 * Values under a token's name that are no token: a number of up to 11 digits, lower-case words
 * joined by `_` (a name), a package's name and version (`jjwt-api-0.11.2`), an asset's symbol and
 * its network or pair (`USDT-TRC20`, `BTC/USD`).
 */
const NOT_A_TOKEN =
  /^\d{1,11}$|^[a-z]+(?:_[a-z]+)+$|^[a-z][a-z\d]*(?:-[a-z][a-z\d]*)*-\d+(?:\.\d+){1,3}$|^[A-Z]{2,6}[-_/][A-Z]{2,6}\d{0,2}$/;

/**
 * Whether `pattern` matches in the 4 Ki characters of `line` before `index` (and from `from` on):
 * a search of a bounded slice, not a lookbehind tried at every match.
 */
const saidBefore = (pattern: RegExp, line: string, index: number, from = 0) =>
  pattern.test(line.slice(Math.max(from, index - 4096), index));
/** A JAAS login module's user and password (`user_alice="PW"`), quoted (escaped in JSON too). */
const JAAS_USER = /\buser_\w{1,64}=\\{0,3}"(?<secret>[^"\\\s]{1,256})/dgi;
/** Lines of a JAAS statement read below its `LoginModule required` line, at most. */
const MAX_JAAS_LINES = 64;
/** The line jaasUsersBelow read last: its users are the open statement's (no module on it). */
let jaasLine: string | undefined;

/**
 * The users of a JAAS login module's statement left open on its line (`LoginModule required`
 * with no `;` after it, a `jaas.conf` written one option a line): the `user_NAME="PW"` on the
 * lines below, up to the line holding the statement's `;` (or MAX_JAAS_LINES).
 */
function jaasUsersBelow(line: string): Continuation | null {
  const at = line.search(/loginmodule[ \t]+required\b/i);
  if (at === -1 || line.includes(";", at)) return null;
  let lines = 0, ended = false;
  return {
    next(line) {
      if (ended || ++lines > MAX_JAAS_LINES) return null;
      ended = line.includes(";");
      jaasLine = line;
      return keysIn(line, 0, 0, JAAS_USER);
    },
  };
}

/** A section naming the key it holds: a JWT's settings, Magento's `crypt`, opening its object. */
const KEY_SECTION =
  /(?<![\w-])(?:jwt\w{0,24}|crypt)["']?[ \t]{0,8}(?:=>|:)[ \t]{0,8}(?:array[ \t]{0,4}\(|[[{])/gi;
/** Such a section's key: `"Key": "v"`, `'key' => 'v'`, `"Secret":"v"`, `"SigningKey": "v"`. */
const SECTION_KEY =
  /(?<![\w$.-])["']?(?:key|secret|signing_?key)["']?[ \t]{0,8}(?:=>|:)[ \t]{0,8}["'](?<secret>[^"'\s]{8,256})["']/dgi;
/** Lines of a section read below the line opening it, at most. */
const MAX_SECTION_LINES = 32;

/** The values of `key` (SECTION_KEY unless given) in `line[from, to)` (to its end when `to` is 0). */
const keysIn = (line: string, from: number, to: number, key = SECTION_KEY): Candidate[] =>
  [...line.slice(from, to || line.length).matchAll(key)].map((m) => {
    const [start, end] = m.indices!.groups!.secret;
    return { start: from + start, end: from + end };
  });

/**
 * A JWT section's `Key` in .NET's flat configuration spelling, `:` between the section and its
 * key (`Jwt:Key=v`, `--JwtSettings:Key=v`, `"Jwt:Key": "v"`); the reader's key names stop at a `:`.
 */
const FLAT_SECTION_KEY =
  /(?<!\w)jwt\w{0,24}:key["']?[ \t]{0,8}[=:][ \t]{0,8}["']?(?<secret>[^"'\s]{8,256})/dgi;

/**
 * The keys of each KEY_SECTION on `line`, up to the bracket closing it (4 Ki characters at most),
 * and FLAT_SECTION_KEY's.
 */
function sectionKeys(line: string): Candidate[] {
  const found = keysIn(line, 0, 0, FLAT_SECTION_KEY);
  for (const m of line.matchAll(KEY_SECTION)) {
    const from = m.index + m[0].length, close = line.slice(from, from + 4096).search(/[\]})]/);
    found.push(...keysIn(line, from, close === -1 ? from + 4096 : from + close));
  }
  return found;
}

/**
 * A KEY_SECTION opened at its line's end (JSON or PHP written one member a line): its keys on the
 * lines below, up to a line starting with a closing bracket (or MAX_SECTION_LINES).
 */
function sectionKeysBelow(line: string): Continuation | null {
  const last = [...line.matchAll(KEY_SECTION)].pop();
  if (last === undefined || line.slice(last.index + last[0].length).trim() !== "") return null;
  let lines = 0;
  return {
    next: (line) =>
      ++lines > MAX_SECTION_LINES || /^\s*[\]})]/.test(line) ? null : keysIn(line, 0, line.length),
  };
}

export const buildDetectors = once((): Detector[] => [
  /**
   * JSON Web Token (RFC 7519): base64url header and payload (and signature), the header decoding to
   * JSON with an `alg`, or to no text, the payload then to an object and a signature after (isJwt).
   */
  secret(
    "jwt",
    ["eyj"],
    // Header (up to 8000: an `x5c` certificate chain is long), payload and signature; a part
    // longer than its cap is cut (the rest of the line is masked).
    new RegExp(
      String
        .raw`(?<![A-Za-z0-9_-])eyJ(?:${B64URL}{8000}(?<cut>)(?=${B64URL})|${B64URL}{10,8000}\.` +
        String.raw`(?:${B64URL}{8000}(?<cut>)(?=${B64URL})|${B64URL}{2,8000}` +
        String.raw`(?:\.(?:${B64URL}{2000}(?<cut>)(?=${B64URL})|${B64URL}{0,2000}))?))`,
      "g",
    ),
    isJwt,
  ),
  /**
   * Credentials in an HTTP `Authorization` / `Proxy-Authorization` header or an `authorization=`
   * log field (RFC 9110), after any scheme name; also after an escaped line break (`\r\n`), as
   * a request printed as a string literal writes its headers (urllib3's `send: b'GET …\r\n
   * Authorization: Token …\r\n'`), where no word boundary comes before the name; inside the
   * string slice Go's `%#v` of gRPC metadata or an `http.Header` writes each value in
   * (`"authorization":[]string{"Bearer v"}`), or the OpenTelemetry collector's debug exporter
   * (`authorization: Slice(["Bearer v"])`). Not after a `!`: Home Assistant's `!secret NAME`
   * refers to its `secrets.yaml` (no scheme or token68 credential starts with `!`).
   */
  secret(
    "http-authorization",
    ["authorization"],
    new RegExp(
      String
        .raw`(?:\b|(?<=\\[rn]))(?:proxy-)?authorization(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\[\]string\{|Slice\(\[)?(?:\\?["'])?(?!!)(?:${AWS_SIGNATURE_UNREAD}|(?:${AWS_SIGNATURE}|(?:${
        SCHEMES.replaceAll(" ", "|")
      })\s{1,3}|${AUTH_SCHEME})?` +
        // `Bearer $(echo v)`: the literal a substitution prints (kv/echoed_literal.ts).
        `(?:${ECHO_HEAD}${cappedValue(String.raw`[^\s"'\x60$(),;\\]`, 6)}|` +
        cappedValue(String.raw`[^\s"',;\\]`, 6) + "))",
      "gid",
    ),
    (value) =>
      plausibleCredential(value) && !AWS_SIGNATURE_SCHEME.test(value) && !isCodeCall(value),
  ),
  /** A token after the word `Bearer` (RFC 6750), wherever a log prints it. */
  secret(
    "bearer-token",
    ["bearer"],
    new RegExp(
      String
        .raw`\bbearer\s{1,3}(?:${ECHO_HEAD})?(?:(?<secret>${BEARER}{${VALUE_CAP}})(?<cut>)(?=${BEARER})` +
        String.raw`|(?<secret>${BEARER}{8,${VALUE_CAP}}=*))`,
      "gid",
    ),
    // `--token-type Bearer --region eu`: the next option, not a token; `token_type=Bearer
    // expires_in=3600`: the next key (a `=` with a name after it), not a token.
    (value, line, index) =>
      plausibleCredential(value) && !/^--[A-Za-z][\w-]*$/.test(value) &&
      !(value.endsWith("=") && /\w/.test(line.charAt(index + value.length))),
  ),
  /** HTTP Basic credentials (RFC 7617): base64 after `Basic` that decodes to `user:password`. */
  secret(
    "basic-auth-credentials",
    ["basic"],
    new RegExp(
      String.raw`\bbasic\s{1,3}(?:(?<secret>${BASE64}{${VALUE_CAP}})(?<cut>)(?=${BASE64})` +
        String.raw`|(?<secret>${BASE64}{6,${VALUE_CAP}}={0,2})(?![A-Za-z0-9+\/=]))`,
      "gid",
    ),
    (value) => isUserColonPassword(decodeBase64Text(value)),
  ),
  /** The `response` hash of HTTP Digest authentication (RFC 7616), computed from the password. */
  secret(
    "digest-auth-response",
    ["digest"],
    /\bdigest\s[^\r\n]{0,1000}?\bresponse=\\?["']?(?<secret>[0-9a-f]{32,128})/gid,
  ),
  /**
   * Values in an HTTP `Cookie` request header (RFC 6265): session ids and the like; short values
   * (`lang=en`) stay.
   */
  secret(
    "cookie-value",
    ["cookie"],
    // Past MAX_COOKIES cookies on the line, or at a name longer than its cap, the rest of the
    // line is cut (masked) rather than skipped.
    new RegExp(
      String.raw`(?<=${COOKIE_HEADER}(?:${COOKIE_PAIR}){${
        MAX_COOKIES + 1
      }})(?<cut>)${COOKIE_NAME}` +
        String.raw`|(?<=${COOKIE_HEADER}(?:${COOKIE_PAIR}){0,${MAX_COOKIES}})` +
        String.raw`(?:${LONG_COOKIE_NAME}|${COOKIE_NAME}{1,${COOKIE_NAME_CAP}}=(?:\\?")?` +
        cappedValue(COOKIE_VALUE, 6) + ")",
      "gid",
    ),
    (value) => plausibleValue(value) && !isWordsSetting(value),
  ),
  /** The value a `Set-Cookie` response header sets (RFC 6265), not its attributes (`Path=/`). */
  secret(
    "set-cookie-value",
    ["set-cookie"],
    // A name longer than its cap cuts the line (from the name on).
    new RegExp(
      String.raw`(?<![\w-])set-cookie(?:\\?["'])?\s{0,3}[:=]\s{0,3}(?:\\?["'])?` +
        String.raw`(?:(?<secret>)${LONG_COOKIE_NAME}|${COOKIE_NAME}{1,${COOKIE_NAME_CAP}}=` +
        cappedValue(COOKIE_VALUE, 6) + ")",
      "gid",
    ),
    (value) => plausibleValue(value) && value.toLowerCase() !== "deleted",
  ),
  /**
   * A password assigned in a log or config: `password=…`, `"passwd": "…"`, `pwd: …`, `--password
   * …`, `<password>…</password>`.
   */
  secret(
    "password-assignment",
    // `auth`: the reader gives `auth USER:PASS`'s password (HAProxy's `stats auth`) this kind;
    // `community`: an SNMP community's; `steamaccount`: a Source game server's login token
    // (`sv_setsteamaccount`) (../kv/key_names.ts).
    ["pass", "pw", "pswd", "auth", "community", "psk", "steamaccount", ...FOREIGN_PASSWORD_LEADS],
    /password|passwd|passphrase|pass|pwd|pw|pswd|auth|community|psk|steamaccount/gi,
    (value, line, index) =>
      value.length >= 3 && (plausibleValue(value) || passphrase(value, line, index)) &&
      !isShortNumber(value) &&
      !isReference(value) && TEST_VERDICT.exec(line)?.[0].length !== index &&
      (!value.startsWith("/") || BASE64_NOT_PATH.test(value)),
    {
      find: assignedValues("password"),
      opens: valueBelow("password"),
    },
  ),
  /**
   * A secret, token, API key, access/private key or credential assigned to a secret-named key, in
   * key=value, JSON, YAML, query strings or CLI flags; not a documentation stand-in whose random
   * part is one sequential run (`sk_live_1234567890abcdefghij`, ./stand_ins.ts), as a provider
   * token's detector refuses it, nor lower-case words joined by `_` (`not_a_real_key`: a name,
   * which no provider issues; a password of such words is password-assignment's), nor a package's
   * name and version (`jjwt-api-0.11.2`, after a Maven group such as `io.jsonwebtoken:`), nor an
   * asset's symbol and its network or pair, upper-case letters (`USDT-TRC20`, `BTC/USD`).
   */
  secret(
    "secret-assignment",
    // A personal access token's name (`GH_PAT=`, `githubPat:`, ../kv/key_names.ts) as it ends,
    // not `pat` alone: half the lines of a key/value log hold `path`.
    ["secret", "token", "key", "credential", "bundle_", "salt", "verifier", ...PAT_NAME_ENDS],
    /secret|token|credential|key|bundle_|pat|salt|verifier/gi,
    (value, line, index) =>
      // Shorter when quoted in an error refusing it (`invalid client_secret 'v' for client web`).
      (value.length >= 8 ||
        isQuoteCode(line.charCodeAt(index - 1)) && refusedValue(line, index, value)) &&
      plausibleValue(value) && !isPlainWord(value) && !isReference(value) &&
      !(CLIENT_TOKEN_ID.test(value) && line.substring(index - 16, index).includes("clientToken")) &&
      !NOT_A_TOKEN.test(value) && !NAMED_INSTANCE.test(value) &&
      !GENERATED_OBJECT_NAME.test(value) &&
      !hasSequentialRandomPart(value),
    {
      find: assignedValues("secret"),
      opens: valueBelow("secret"),
      minEntropy: 2.5,
    },
  ),
  /**
   * A high-entropy value assigned to a key named `…_key`, `auth` or `creds` (`ibm_cloud_key: …`),
   * with cache/partition/routing keys and similar excluded.
   */
  secret(
    "key-assignment-high-entropy",
    ["key", "auth", "cred"],
    /key|auth|cred/gi,
    (value) =>
      value.length >= 16 &&
      ((/[A-Za-z]/.test(value) && /\d/.test(value)) || randomLetters(value)) &&
      plausibleValue(value) && !WHOLE_UUID.test(value) && !DOTTED_NAME.test(value) &&
      !hasSequentialRandomPart(value) &&
      // A path or a URL (`mongodb://db:27017/app` under `MONGO_NO_AUTH`): url-credentials
      // masks a password in it.
      (!/^(?:\/|https?:|[A-Za-z][\w+.-]{0,30}:\/\/)/.test(value) || BASE64_NOT_PATH.test(value)),
    {
      find: assignedValues("key", notAfterValueOrPath),
      opens: valueBelow("key"),
      minEntropy: 3,
    },
  ),
  /**
   * The password of a `user:password` pair given to a key named `auth` (Elasticsearch's
   * `cloud.auth: "elastic:…"`, `basic_auth`, `BASIC_AUTH=`, `"auth": "…"`), which
   * key-assignment-high-entropy reads as a colon-separated name: what follows the user's colon.
   * Not HTTPie's `--auth`, which cli-password-flag reads with its command.
   */
  secret(
    "auth-user-password",
    ["auth"],
    /auth/gi,
    plausibleAtLeast3,
    {
      find: (line) => {
        const found: Candidate[] = [];
        for (const a of readAssignments(line)) {
          const pair = a.kind === "key" && AUTH_KEY.test(a.key) &&
            AUTH_PAIR.exec(line.slice(a.start, a.end));
          if (pair) found.push({ start: a.start + pair[0].length - pair[1].length, end: a.end });
        }
        return found;
      },
    },
  ),
  /**
   * A secret in an XML/.NET config pair whose key or name attribute names it (by the key/value
   * reader's rules, ../kv/key_names.ts; attribute names in any case): `<add key="DbPassword"
   * value="…"/>`, `<Setting Name="StorageKey" Value="…" />`.
   */
  secret(
    "config-attribute-secret",
    ["value=", "value =", "value  =", "value   =", "value\t="],
    // The name before the value, or after it (`<add value="…" name="…"/>`).
    new RegExp(
      String.raw`\b(?:${
        inQuotes((q) =>
          CONFIG_PAIR_NAME + q + cappedValue(String.raw`[^${q}\r\n]`, 1, q) + "|" + CONFIG_VALUE +
          q + String.raw`(?<secret>[^${q}\r\n]{1,${VALUE_CAP}})(?=${q}\s{1,4}${CONFIG_NAME})`
        )
      })`,
      "gid",
    ),
    (value, line, index) =>
      value.length >= 3 && plausibleValue(value) && !isReference(value) &&
      attributeNamesSecret(line, index, value),
  ),
  /**
   * The password in a URL's user-info (`scheme://user:password@host`, RFC 3986): database
   * connection strings (postgres, mysql, mongodb+srv, redis, amqp …) and
   * `jdbc:oracle:thin:user/password@host`; not documentation's `user:password@db.example.com`.
   * With no scheme (`admin:pw@db.internal:5432`, `alice:TOKEN@github.com/org/repo`,
   * `u:pw@10.0.0.5`, or a URL whose scheme a hard wrap left on the line above): a word, `:`, a
   * password of two characters or more (`retry:3@worker-8` counts), not of letters, `_`, `.` and
   * `-` alone (`user:jane.doe@ldap1` names a user), `@`,
   * then an IPv4 address, a host then a port, `:/`, `:~` or `/` (not a mail address,
   * `a:b1@corp.net`), Go's MySQL driver's `tcp(host:3306)` or `unix(/path)` (its DSN has no
   * scheme: `user:pw@tcp(db:3306)/app`), or a host with no dot then a blank or the end; not a
   * digest (`img:1.2@sha256:…`), a `sip:` address, nor after a `/` (a URL's, above). That match
   * is the `@` alone, the rest looked back at, so that the filter and the anchor find it by its
   * `@`.
   */
  secret(
    "url-credentials",
    // `://` is on every stack-trace line (file:///…); a password needs an `@` after it (user,
    // colon and password), or user-info running past a cap (cut). `j(?=dbc:oracle:)`, not the
    // literal `jdbc:oracle:`, as a region's search reads its text: the same lines, and V8
    // searches the alternation's leads (`:`, `j`) far faster than a 12-character literal's.
    {
      filter: new RegExp(
        String.raw`:\/\/(?:${URL_PASSWORD_AT}{0,${2 * VALUE_CAP + 1}}@|${URL_PASSWORD_AT}{${
          VALUE_CAP + 1
        }})|j(?=dbc:oracle:)|@(?<=:[^\s:@]+@)`,
      ),
    },
    // User and password are read up to VALUE_CAP each (RFC 3986 bounds neither); a longer one
    // cuts the line. An Oracle user name is at most 128 bytes (Oracle's identifier limit).
    new RegExp(
      String.raw`(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\/` +
        String.raw`(?:(?<secret>${URL_USER}{${VALUE_CAP}})(?<cut>)(?=${URL_USER})` +
        // GitHub's `https://TOKEN:x-oauth-basic@github.com/…`: the user is the token.
        String.raw`|(?<secret>${URL_USER}{1,${VALUE_CAP}})(?=:x-oauth-basic@)` +
        // `https://TOKEN@host/…` (git clone with a token for user): 20 or more letters, digits,
        // `_` or `-`, a digit and a letter among them; a user's name has no such run.
        String.raw`|(?<secret>(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{20,${VALUE_CAP}})(?=@[\w\[.-])` +
        String.raw`|${URL_USER}{0,${VALUE_CAP}}:` +
        cappedValue(URL_PASSWORD_AT, 1, String.raw`@(?=[A-Za-z0-9\[._%-])`) + ")" +
        String.raw`|jdbc:oracle:[a-z]{1,10}:[^\/\s@:"']{1,128}\/` +
        cappedValue(String.raw`[^@\s"']`, 1, "@") +
        String
          .raw`|@(?<=(?<![\w.:/@%+-])(?!sip)[A-Za-z][\w.-]*:(?![A-Za-z_.-]+@)(?<secret>[^\s:@/'"<>]{2,})@)(?!sha\d)(?=(?:tcp|unix)\(|(?:\d+\.){3}\d|[\w-]+(?:(?:\.[\w-]+)*(?::[\d/~]|/)|(?!\S)))`,
      "gd",
    ),
    (value, line, index) => !documentedUrlShape(value, line, index),
    // A match starts 2 to 31 characters (its scheme) before the `:` of a `://`, or at the `j` of
    // `jdbc:oracle:`: the anchor matches those one character each, so no `://` hides in another.
    within(31, 0, /:(?=\/\/)|j(?=dbc:oracle:)|@/g),
  ),
  /**
   * The password of an Oracle connect string given to a tool (`sqlplus
   * user/password@host:1521/svc`, `expdp system/pw@orcl`, `rman target sys/pw@db`,
   * `userid=scott/pw`) or to `CONNECT user/pw@db`.
   */
  secret(
    "oracle-connect-password",
    ["sqlplus", "sqlldr", "expdp", "impdp", "exp ", "imp ", "dgmgrl", "rman", "conn", "userid"],
    ORACLE_CONNECT,
    (value, line, index) =>
      value.length >= 3 && plausibleValue(value) &&
      (line[index + value.length] === "@" || !CONNECT_BEFORE.test(line.slice(0, index))),
  ),
  /**
   * Postfix's SASL password map (`sasl_passwd`): a relay host (dotted) in brackets, maybe its
   * port or service, then `user:password` (a name or an address) ending the line, after a
   * logger's prefix maybe: the password.
   */
  secret(
    "sasl-passwd-password",
    ["]:", "] "],
    /(?<!\S)\[[\w-]+(?:\.[\w-]+)+\](?::\w+)?\s+[\w.@+-]+:(?<secret>\S+)\s*$/dg,
    plausibleAtLeast3,
  ),
  /**
   * The password of an entry of a PostgreSQL password file (`.pgpass`, `PGPASSFILE`):
   * `host:port:database:user:password`, each of the first four maybe `*`, the port one of
   * PGPASS_PORTS.
   */
  secret(
    "pgpass-password",
    PGPASS_PORTS.map((port) => `:${port}:`),
    PGPASS_ENTRY,
    plausibleAtLeast3,
  ),
  /**
   * HashiCorp Vault's unseal and recovery key shares as `vault operator init` prints them (`Unseal
   * Key 1: <base64>`, `Recovery Key 3: …`): base64 of 32 or more bytes after the label.
   */
  secret(
    "vault-unseal-key",
    ["unseal key", "recovery key"],
    /(?:Unseal|Recovery) Key(?: \d{1,2})?: (?<secret>[A-Za-z0-9+/]{43,88}={0,2})(?![\w+/=])/dg,
  ),
  /**
   * A HashiCorp secret ID, a UUID: Consul's ACL token (`SecretID:` as `consul acl token read`
   * prints it, or in JSON), Nomad's (`Secret ID    = …` as `nomad acl token self` prints it) and
   * Vault's AppRole `secret_id` (`VAULT_SECRET_ID=`), after any blanks of a table; the accessor
   * IDs beside them (`AccessorID`, `Accessor ID`, `secret_id_accessor`) stay.
   */
  secret(
    "hashicorp-secret-id",
    ["secretid", "secret_id", "secret-id", "secret id"],
    new RegExp(
      String
        .raw`(?<![A-Za-z0-9])secret[ _-]?id["']?[ \t]{0,40}(?:[:=][ \t]{0,40})?["']?(?<secret>${UUID})(?![\w-])`,
      "gid",
    ),
  ),
  /**
   * A gossip encryption key, base64 of 16, 24 or 32 bytes, under `encrypt` (Consul's and Nomad's
   * agents in HCL or JSON, `consul agent -encrypt=…`): the key every agent of a cluster shares.
   * Not `encrypt = true`, nor a longer name (`encrypt_verify_incoming`, `Encrypt=True;`), nor a
   * word of another length or padding (`encrypt: "AES256GCMSHA384cipherSuite"`): 22 characters
   * and `==`, 32, or 43 and `=`.
   */
  secret(
    "gossip-encryption-key",
    ["encrypt"],
    /(?<![\w.])encrypt["']?[ \t]{0,8}[=:][ \t]{0,8}["']?(?<secret>[a-z\d+/]{22}(?:==|[a-z\d+/]{10}|[a-z\d+/]{21}=))(?![\w+/=])/dgi,
  ),
  /**
   * A Nagios user macro set in `resource.cfg` (`$USER3$=V`): where Nagios keeps the passwords
   * and user names its commands take; a path (`$USER1$=/usr/lib/nagios/plugins`) stays.
   */
  secret(
    "nagios-user-macro",
    ["$user"],
    /\$USER\d{1,3}\$[ \t]{0,4}=[ \t]{0,4}"?(?<secret>[^\s"]{1,256})/dgi,
    (value) => plausibleAtLeast3(value) && value[0] !== "/",
  ),
  /**
   * A value hiera-eyaml encrypted (`ENC[PKCS7,<base64>]`, `ENC[GPG,…]`), masked whole wherever
   * it is written: Puppet's Hiera data under any key. `ENC[PKCS7,...]` (documentation) stays.
   */
  secret(
    "eyaml-encrypted-value",
    ["enc[pkcs7,", "enc[gpg,"],
    /ENC\[(?:PKCS7|GPG),[\w+/=]{16,65536}\]?/g,
  ),
  /**
   * A Zigbee network key, 16 bytes written as a list of numbers after `network_key` (zigbee2mqtt's
   * `configuration.yaml` and logs, in YAML, JSON or prose: `network key: [1, 2, …]`): the key every
   * device of the network encrypts with. Its documented example (1, 3 … 13) stays.
   */
  secret(
    "zigbee-network-key",
    ["network_key", "network key", "networkkey"],
    /network[_ ]?key["']?[ \t]{0,8}[:=][ \t]{0,8}(?<secret>\[(?: {0,4}(?:0x)?[\da-f]{1,3} {0,4},){15} {0,4}(?:0x)?[\da-f]{1,3} {0,4}\])/dgi,
    (value) => value.replace(/\s/g, "") !== "[1,3,5,7,9,11,13,15,0,2,4,6,8,10,12,13]",
  ),
  /**
   * A bare `Key` or `Secret` named by its section (sectionKeys): a JWT's
   * settings (ASP.NET's `"Jwt": {"Key": "v"}`, `JwtSettings`), Magento's `'crypt' => ['key' =>
   * 'v']`; another section's `Key` (`"Cache": {"Key": …}`), a JWT's `KeyId` and a name in
   * capitals standing in for the key (`__SET_AT_DEPLOY__`) stay.
   */
  secret(
    "section-named-key",
    ["jwt", "crypt"],
    KEY_SECTION,
    (value) => plausibleValue(value) && !isReference(value) && !/^[A-Z_]+$/.test(value),
    { find: sectionKeys, opens: sectionKeysBelow },
  ),
  /**
   * A password a Tasmota command sets in a `Backlog` (`Backlog SSID1 x; Password1 V; MqttPassword
   * V`): a Wi-Fi network's (`Password1`, `Password2`), the MQTT broker's, the web UI's; after its
   * `Backlog` only, not a `; Password2 policy` in prose.
   */
  secret(
    "tasmota-password",
    ["backlog"],
    /(?:backlog[ \t]|;)[ \t]{0,8}(?:(?:mqtt|web)password|password[1-3])[ \t]{1,8}(?<secret>[^\s;}]{1,256})/dgi,
    // A Backlog's line is shorter than 4 Ki characters (Tasmota's input buffer).
    (value, line, index) => plausibleAtLeast3(value) && saidBefore(/backlog[ \t]/i, line, index),
  ),
  /**
   * A Kafka broker's users in its JAAS login module (`PlainLoginModule required username="u"
   * password="p" user_alice="PW";`, in a `jaas.conf`, `sasl.jaas.config=` or `KAFKA_OPTS`): each
   * `user_NAME` is a user's password; `user_id="42"` outside such a statement stays.
   */
  secret(
    "jaas-user-password",
    ["loginmodule"],
    JAAS_USER,
    // `LoginModule required` before it in the same statement (after the last `;`); a line below
    // an open statement is read by jaasUsersBelow (jaasLine).
    (value, line, index) =>
      plausibleAtLeast3(value) &&
      (line === jaasLine ||
        saidBefore(/loginmodule[ \t]+required\b/i, line, index, line.lastIndexOf(";", index) + 1)),
    { opens: jaasUsersBelow },
  ),
  /**
   * An Erlang node's cookie, the secret its cluster's nodes share (`RABBITMQ_ERLANG_COOKIE=V`,
   * `ERLANG_COOKIE: V`, `erl -setcookie V`): any atom, and also the 20 capital letters RabbitMQ
   * generates (no constant's name); `…_COOKIE_FILE=` (a path) and `$(cat …)` stay.
   */
  secret(
    "erlang-cookie",
    ["erlang_cookie", "setcookie"],
    /(?:erlang_cookie\b["']?[ \t]*[=:]|-setcookie[ \t])[ \t]*["']?(?<secret>[\w@.+\/=-]{6,255})/dgi,
    plausibleAtLeast3,
  ),
  /**
   * A URL's query parameter that is a signature or key (`?sig=`, `&Signature=`, S3's and GCS's
   * `X-Amz-Signature=`/`X-Goog-Signature=`, `?key=`): a signed URL grants access until it
   * expires, a key always. Only a value of 16 or more characters with a letter and a digit
   * (`key=orders` names a thing).
   */
  secret(
    "url-signature-parameter",
    ["sig=", "signature=", "?key=", "&key="],
    /[?&](?:(?:x-(?:amz|goog)-)?sig(?:nature)?|key)=(?<secret>[\w.~+/%=-]{16,4096})(?![^&#\s"'<>])/gid,
    // A letter and a digit; after `key=`, no path or dotted name (`key=uploads/2026/a.pdf`).
    (value, line, index) =>
      /\d/.test(value) && /[A-Za-z]/.test(value) && plausibleValue(value) &&
      !(line.endsWith("key=", index) && /[/.]/.test(value)),
  ),
  /**
   * A password in prose, quoted after `password is` (`the default password is 'v'`), or after a
   * `for` and up to three words or quoted names (`the password for user 'u' is "v"`): the quotes
   * say it is the value. Not a word that describes one (`is 'required'`, `'wrong'`).
   */
  secret(
    "prose-quoted-password",
    ["password is", "password for"],
    regex(
      raw`(?<![\w-])password (?:for(?: ["']?[\w.@-]{1,32}["']?){1,3} )?is \\?["'](?<secret>[^"'\\\r\n]{3,64})\\?["'](?!\w)`,
      "gid",
    ),
    (value) => plausibleValue(value) && !/^(?:blank|wrong)$/i.test(value),
  ),
  /**
   * The password argument of .NET's `new NetworkCredential("user", "v"[, "domain"])` and
   * `new DirectoryEntry("LDAP://…", "user", "v")` (also PowerShell's `New-Object
   * System.DirectoryServices.DirectoryEntry(…)`, in any case), when it is a string literal (a
   * variable stays).
   */
  secret(
    "dotnet-credential-argument",
    ["networkcredential(", "directoryentry("],
    regex(
      raw`(?:NetworkCredential\(|DirectoryEntry\(${CALL_ARGUMENT},)${CALL_ARGUMENT}, ?${QUOTED_SECRET_ARGUMENT}`,
      "gid",
    ),
    plausibleValue,
  ),
  /**
   * The password given by position to a database connect call, third after the server (or DSN)
   * and the user, as each API fixes it: PHP's `mysql_connect(server, user, password)`,
   * `mysqli_connect(host, user, password, …)` and `new mysqli(…)`, `new PDO(dsn, user, password)`,
   * Perl's `DBI->connect(dsn, user, password)`, Java's `DriverManager.getConnection(url, user,
   * password)`, Python's `MySQLdb.connect(host, user, passwd, db)`; second after the user to a
   * login call (MongoDB's `db.auth("user", "v")`, Python's `smtp.login(user, "v")` and its FTP and
   * IMAP kin, `.authenticate(user, "v")`) or to a basic-auth credential's constructor (requests'
   * `auth=("user", "v")` and `HTTPBasicAuth`, httpx's and aiohttp's `BasicAuth`, Apache
   * HttpClient's `UsernamePasswordCredentials`); when it is a string literal (a variable stays).
   * PHP's stack traces print these calls' arguments: `mysqli->__construct('h', 'u', 'v')`, and
   * any frame given a PDO DSN (no URL) then the user (`PDO->__construct('mysql:host=…', 'u', 'v', Array)`,
   * Laravel's `Connector->createPdoConnection(…)`): the argument after the user.
   */
  secret(
    "connect-password-argument",
    // A PDO DSN's `mysql:` or `pgsql:`, not `sql:` alone: a query logger's label (`DEBUG sql:
    // SELECT …`) holds that on every line it writes. `mysqli` for its three calls.
    "mysql_connect(|mysqli|dbi->connect(|new pdo(|getconnection(|mysqldb.connect(|.login(|auth(|.authenticate(|namepassword|auth=(|mysql:|pgsql:"
      .split("|"),
    regex(
      raw`(?:\b(?:mysqli?_connect|new mysqli|mysqli->__construct|DBI->connect|new PDO|DriverManager\.getConnection|MySQLdb\.connect)\(${CALL_ARGUMENT},${CALL_ARGUMENT}, ?|["'](?:my|pg)sql:\w[^"'\r\n]{0,255}["'],${CALL_ARGUMENT}, ?|(?:\.(?:login|auth|authenticate)|BasicAuth|UsernamePasswordCredentials|\bauth=)\(${CALL_ARGUMENT}, ?)${QUOTED_SECRET_ARGUMENT} ?[,)]`,
      "gid",
    ),
    (value) => plausibleValue(value) && !isReference(value),
  ),
  /**
   * A signing or private key's secret given to a call as a string literal: a JWT library's
   * `jwt.sign(payload, "v")`, `jwt.encode(claims, "v", …)`, `jwt.decode(token, "v")` (Ruby's
   * `JWT.encode payload, "v", "HS256"`), `Algorithm.HMAC256("v")`, `.WithSecret("v")`,
   * `JWK.asKey("v")`, Go's `.SignedString([]byte("v"))`, Ruby OpenSSL's passphrase
   * (`key.to_pem(cipher, "v")`, `.export(cipher, "v")`, `PKey::RSA.new pem, "v"`). A variable,
   * a call or a reference in its place stays.
   */
  secret(
    "signing-key-argument",
    ["jwt.", "hmac", "withsecret(", "askey(", "signedstring(", "cipher", "pkey::"],
    regex(
      raw`(?:\bjwt\.(?:sign|encode|decode|verify)[( ]${SIGNED_ARGUMENT}, ?|\bAlgorithm\.HMAC\d{3}\( ?|\.WithSecret\( ?|\bJWK\.asKey\( ?|\.SignedString\(\[\]byte\(|\.(?:to_pem|export)\( ?[\w:.]*cipher\w*, ?|\bPKey::(?:RSA|EC|DSA)\.new[( ] ?[\w@$.]{1,64}, ?)${QUOTED_SECRET_ARGUMENT}(?= ?[,)]| ?$)`,
      "gid",
    ),
    (value) => plausibleValue(value) && !isReference(value),
  ),
  /**
   * A TrueNAS API key: its numeric id, `-` and 64 random letters and digits (both cases and a
   * digit: `1-` and a SHA-256 in hex is none), in an `auth.login_with_api_key` call or by the word
   * truenas.
   */
  secret(
    "truenas-api-key",
    ["login_with_api_key", "truenas"],
    /(?<![\w-])\d{1,6}-(?=[a-z\d]*[A-Z])(?=[A-Z\d]*[a-z])(?=[A-Za-z]*\d)[A-Za-z\d]{64}(?![\w-])/g,
  ),
  /**
   * A strongSwan or Libreswan secret (`ipsec.secrets`): `[IDs] : PSK "v"`, `user : EAP "v"`,
   * `user : XAUTH "v"`, the quoted value after the type.
   */
  secret(
    "ipsec-secret",
    ["psk", "eap", "xauth"],
    /:[ \t]{0,8}(?:PSK|EAP|XAUTH)[ \t]{1,8}"(?<secret>[^"\r\n]{1,4096})"/gd,
    plausibleAtLeast3,
  ),
  /**
   * A JSON Web Key's private members (RFC 7518 6.2.2, 6.3.2, 6.4.1): an EC or OKP key's `d`, an
   * RSA key's `d`, `p`, `q`, `dp`, `dq`, `qi`, a symmetric key's `k`, base64url, in an object
   * that names a key type (`"kty"`, before or after them); a public key's members (`n`, `e`, `x`,
   * `y`) stay.
   */
  secret(
    "jwk-private-member",
    ["kty"],
    /(?<=\\{0,3}"(?:d[pq]?|[pqk]|qi)\\{0,3}" ?: ?\\{0,3}")[\w-]{16,}(?:(?<="kty[^{}]{0,4096})|(?=[^{}]{0,4096}"kty))/g,
  ),
  /**
   * A password stored in clear under a password scheme that says so (Dovecot's passwd-file and
   * `doveadm`, LDAP `userPassword`): `user:{PLAIN}pass:1000:1000::/home/user`, `{CLEAR}pass`,
   * `{CLEARTEXT}pass`, `{PLAIN.b64}cGFzcw==`; up to `:` or a blank (hashed schemes such as
   * `{SSHA}` or `{BLF-CRYPT}` are not read).
   */
  secret(
    "plain-scheme-password",
    ["{plain", "{clear"],
    new RegExp(
      String.raw`\{(?:plain(?:-trunc)?|clear(?:text)?)(?:\.(?:b64|base64|hex))?\}` +
        cappedValue(String.raw`[^\s:"'<>]`, 1),
      "gid",
    ),
    (value) => plausibleAtLeast3(value) && !isReference(value),
  ),
  /**
   * The authorization code of an OAuth 2.0 authorization response (RFC 6749 4.1.2) in a logged
   * redirect URL (../kv/oauth_codes.ts): `code=` in a query that also holds `state=`, or under a
   * callback, OAuth, authorize or redirect path. Short or all-digit codes (`?code=200`) stay; a
   * value longer than VALUE_CAP cuts the line.
   */
  secret(
    "oauth-authorization-code",
    ["code="],
    new RegExp("[?&;]code=" + cappedValue(String.raw`[^\s"'<>\x60&#;\\]`, 10), "gid"),
    (value, line, index) =>
      !/^\d+$/.test(value) && plausibleValue(value) && inAuthorizationResponse(line, index),
  ),
  /**
   * A session cookie's value under its framework's name (../kv/key_names.ts
   * SESSION_COOKIE_NAME, the key read back over the key/value grammar by
   * ../kv/values_named_by.ts) outside a `Cookie` header: `COOKIES:{'sessionid': '…'}`,
   * `PHPSESSID=…`, `"connect.sid": "…"`. A number (ZooKeeper logs `sessionid: 0x…`) stays.
   */
  secret(
    "session-cookie-value",
    ["sessionid", "sessid", "connect.sid", "_session"],
    /sessionid|sessid|connect\.sid|_session/gi,
    (value) =>
      value.length >= 16 && plausibleValue(value) && !isReference(value) &&
      !/^(?:0x)?[0-9a-f]{1,16}$/i.test(value) && !isPlainWord(value),
    {
      find: (line) => valuesNamedBy(line, SESSION_COOKIE_NAME, SESSION_VALUE),
      minEntropy: 2.5,
    },
  ),
  /**
   * Values of a logged SQL `INSERT` whose column list names a password or secret (`INSERT INTO
   * users (email, password_hash, api_token) VALUES (…)`): each row's value of such a column.
   * Also the values bound to a statement's `?` for such a column, on the lines below it
   * (../kv/bind_parameters.ts): Hibernate's `update … set api_secret=?` then `binding parameter
   * [1] as [VARCHAR] - [v]`.
   */
  secret(
    "sql-insert-secret-column",
    ["insert", "=?", "= ?", "?,", "?)", "execute"],
    /\binsert\b/gi,
    // The column names the value a secret, so a passphrase of words ('correct horse battery') is
    // one too: no prose check, only status words and documentation values are left alone.
    (value) => value.length >= 3 && !isStatusWord(value) && !DOCUMENTATION_VALUE.test(value),
    sqlColumnValues(secretColumn),
  ),

  /**
   * A secret handed to a secret store's command line (./secret_store_commands.ts): `dotnet
   * user-secrets set "Db:Password" v`, `gh secret set NAME --body v`, `az keyvault secret set
   * --value v`, `aws secretsmanager put-secret-value --secret-string v`, `vercel env add NAME prod
   * <<< v`, `echo v | docker secret create name -`.
   */
  secret(
    "secret-store-command-value",
    [...SECRET_STORE_KEYWORDS, ...SECRET_READ_KEYWORDS, "cat "],
    new RegExp(SECRET_STORE_KEYWORDS.join("|"), "gi"),
    (value) => plausibleAtLeast3(value) && !isReference(value),
    { find: secretStoreValues, opens: secretPrintedBelow },
  ),
  /**
   * A password or token given to a command line (../kv/commands.ts): `curl -u user:pass` in any
   * quoting (with no password, `-u 'KEY:'`, the API key), `curl --oauth2-bearer`, `mysql -pPASS`,
   * `sshpass -p`, `docker login -p`, `redis-cli -a`, `mongosh -p`, `htpasswd -b`, `rabbitmqctl
   * add_user`, `smbclient -U user%PASS`, `keytool -storepass`, `net use`, SQL `IDENTIFIED BY '…'`,
   * PowerShell `ConvertTo-SecureString "…" -AsPlainText`. Not a word only naming what goes
   * there, as docs write commands (`curl -u user:password`, `-u username:token`, `-p pass`).
   */
  secret(
    "cli-password-flag",
    {
      keywords: [...COMMAND_KEYWORDS],
      // A command name, `identified` and `convertto-securestring` are read only after no word
      // character (`(?<![\w.-])`, `\b`): `7z` and `az` inside `.097Z` or a token wake nothing.
      atWordStart: COMMAND_KEYWORDS.filter((k) => k[0] !== ":"),
    },
    new RegExp(COMMAND_KEYWORDS.join("|"), "gi"),
    (value) =>
      value.length >= 3 && plausibleValue(value) &&
      !/^(?:pass(?:word|wd)?|pwd|token|secret|test|public)$/i.test(value) && !isReference(value) &&
      // A format verb the program fills in (`Sprintf("sshpass -p '%s'", pw)`), no password.
      !/^\\?['"]?%[sdvq]\b/.test(value),
    { find: commandValues, opens: continuedCommand },
  ),
  /**
   * A password handed to a command on its input or in a form no flag names (../kv/commands.ts,
   * inputValues): `echo "PASS" | docker login --password-stdin`, `echo "u:PASS" | chpasswd`,
   * `"PASS" | ConvertTo-SecureString`, `-passout pass:PASS`, Redis's `"AUTH" "PASS"`, SMTP's
   * `AUTH PLAIN`, and `AUTH LOGIN`'s base64 answers below it (../kv/smtp_auth_login.ts).
   */
  secret(
    "cli-password-input",
    [...INPUT_KEYWORDS],
    new RegExp(INPUT_KEYWORDS.join("|"), "gi"),
    plausibleAtLeast3,
    {
      find: inputValues,
      opens: smtpAuthLoginBelow,
    },
  ),
  /**
   * The values of a Kubernetes Secret's `data:` (base64) and `stringData:` maps, whatever their
   * keys are named, in YAML (the lines below `data:`), in JSON spread over lines (the lines below
   * `"data": {`) or on one line, also escaped in a JSON string (kubectl's
   * last-applied-configuration) (../kv/kubernetes.ts).
   */
  secret(
    "kubernetes-secret-data",
    ["data:", 'data"', 'data\\"'],
    /data:|data\\?"/gi,
    plausibleValue,
    {
      find: jsonSecretValues,
      opens: secretMap,
    },
  ),
  /**
   * A network device's configuration secret (Cisco IOS and the CLIs that copy it, as config
   * backups and diffs print them): `enable password|secret [level N]`, `username U [privilege N]
   * password|secret`, `snmp-server community` (Junos `set snmp community`; not the default
   * public), `tacacs-server key`, `radius-server [host H …] key`, `key-string`, `pac key`, `crypto
   * isakmp key`, `ip ospf message-digest-key N md5`, `ntp authentication-key N md5`, a pre-shared
   * key (ASA's `pre-shared-key V`, VyOS's `pre-shared-secret 'V'`; not a lower-case word, prose's
   * `pre-shared-key is …`), Junos's reversible `"$9$…"` after any word, Huawei's `cipher
   * %^%#…%^%#`, FortiOS's `set NAME ENC V`, and a server block's indented line `key [7]
   * V` (one word of 6 or more with a digit: not a key chain's number, not `key expired`); SNMPv3
   * users' passphrases after their protocols (`snmp-server user U G v3 auth sha V priv aes 128 V`,
   * net-snmp's `createUser U SHA "V" AES "V"`), a BGP `neighbor X password V`, a WLC's `set-key
   * ascii V` (none of them a lower-case word or a number of 1 to 3 digits); the
   * type digit before the value (0 clear, 7 reversible, 5/8/9 hashed) stays. The value ends at a
   * quote or an escaped one or line break (`\"`, `\n`: a JSON message's). At its line's start
   * (after a device's prompt too, `R1(config)#`), or after a logger's prefix when a type digit or
   * a hyphenated command word (`snmp-server`, `tacacs-server`, `radius-server`, `key-string`),
   * which prose does not write, says it is configuration (`please enable password
   * authentication` names no password).
   */
  secret(
    "network-config-secret",
    'enable |username |community | key |key-string|md5 |pre-shared-|"$9$|%^%#| enc |createuser|set-key|neighbor|auth sha|priv '
      .split("|"),
    regex(
      raw`(?:^(?:[\w.()-]{1,80}[#>])?[ \t]*(?:${CISCO_PROSE_WORDS})(?: [05789](?= \S))?|(?<![\w-])(?:${CISCO_PROSE_WORDS}) [05789](?= \S)` +
        raw`|(?<![\w-])(?:(?:set snmp|snmp-server) community(?! public )|(?:tacacs|radius)-server (?:host .{0,80}? )?key|key-string|isakmp key|pre-shared-(?:key|secret)(?! [a-z]+(?!\S))|cipher(?= %\^%#)|set \w+ ENC|(?:message-digest|authentication)-key \d+ md5|set-key (?:ascii|hex)` +
        raw`|(?:neighbor \S{1,64} password|(?:auth|priv) (?:md5|sha\d*|3?des|aes\d*)(?: \d{3})?|(?:MD5|SHA[\w-]*|DES|AES\w*)(?<=createUser .{3,300}))(?! (?:[a-z]+|\d{1,3})(?!\S)))(?: [05789](?= \S))?` +
        raw`|\w(?= \\?"\$9\$)|^[ \t]+key(?: [07])?(?= (?=\S*\d)\S{6,}$))` +
        raw` (?:\\?")?(?<secret>(?:(?!\\[n"])[^\s"]){2,128})`,
      "gd",
    ),
  ),
]);

/** This family's detectors, built when this module loads: for tests (runtime code builds lazily). */
export const detectors: Detector[] = /* @__PURE__ */ buildDetectors();
