/**
 * Writes the fifth secret corpus, ./secrets_syntax5.jsonl: the syntaxes public secret scanners'
 * tests write their true positives in, each crossed with our own provider detectors' sample
 * values (./../detectors/examples/*.ts) and with generic secrets under generic names, plus the
 * false-positive forms those scanners document (placeholders, references, code that only names a
 * secret), which must come out unchanged.
 *
 * The forms are facts about where a value sits (operator, quoting, language, file format, flag,
 * URL); the keys, values and lines are written here, never copied:
 * - gitleaks' rule generator (cmd/generate/config/utils, GenerateSampleSecrets, and the forms it
 *   lists as still to do): INI quoted and not, JSON over several lines and backslash-escaped,
 *   XML element on one line or its own, YAML plain, quoted, literal and folded, C#, Go
 *   (typed, `:=`, backquotes), Java, Kotlin, PHP `.=`, Python, an unquoted CSV row
 *   `nameToken,value,`, Logstash `"k" => "v"`, Makefile `=` `:=` `::=` `:::=` `?=` `+=`
 *   with a quoted value; to do: JSON and XML name/value pairs, Kotlin typed, PHP `??=`; its
 *   generic rule's samples: a numbered key (`some_api_token_123 = "v"`).
 * - detect-secrets' keyword plugin tests: `:=` quoted and bare with any spacing, `'k': 'v'`,
 *   `k:v`, Objective-C `k = @"v"`, `k[] = "v"`, `dict["k"] = "v"`, a quoted value after the key
 *   and a `;` with no operator, comparisons `==` `!=` `===` `!==` either way round, `=>`; its XML
 *   tests: spaces inside the element and its tag, `name="k" value="v"` either order, a `name`
 *   attribute around the text, `<k value="v"/>`, `<tag k="v"/>`.
 * - trufflehog's detector tests: log lines `[DEBUG] Using k=v` (a provider word before a bare
 *   `Key=`, or `Key=` alone), `provider token = 'v' | 'v'`, `provider token - 'v'`, a Jenkins
 *   credentials XML `<secret>{AQAAABAAA v}</secret>`, a JSON `test_secrets` map, tab-indented
 *   env lines, nested YAML with comments, `const k = "v";`, basic auth in a URL with and
 *   without a scheme.
 * - secretlint's fixtures: `.npmrc` `:_authToken=`, `git+https://TOKEN:x-oauth-basic@` in a
 *   package.json, basic auth in http/ftp URLs and Markdown links.
 * - log and support prose (the forms our unseen corpus's misses were written in): a key's words,
 *   a verb and the value (`Your api key is v, which …`, `auth_token is "v"`, `the … was: v`),
 *   a strong key word and the value after a blank (`[DEBUG] Using access token v`,
 *   `github-key v`), a spaced colon (`api_key :v`, `key : v`); and the sentences those words
 *   begin that hold no secret (`token expired`, `cache key 9f…`, `the key is missing`).
 * Documented false positives kept: a provider's prefix before an all-x body, `${VAR}`, empty
 * quotes, `<your-key>`, `%s`, a call or subscript as the value (`foo(hey)`, `request.json['x']`),
 * `True`, `password=password)`, `this.apiKey,`, `$password = $input;`, `.npmrc`'s
 * `${NPM_TOKEN}`, URLs without a password, `fake` in a value, a relative path, words.
 *
 * - whispers' fixtures (a scanner for structured files): an XML entry pairing `<key>` and
 *   `<value>` elements, a list under a plural password name, several names assigned at once
 *   (Python, Go), a JDBC URL's `userpass=`; kept: `$$VAR`, a quoted `!Ref`, `{ name }`, prompt
 *   flags (`--ask-password`), a URL after a password flag.
 * - semgrep-rules' hardcoded-secret rule tests (code): a key given to a signing call as a
 *   literal (a JWT library's sign/encode in JavaScript, Python and Ruby, `Algorithm.HMAC256`,
 *   `.WithSecret`, Go's `SignedString([]byte(…))`, Ruby OpenSSL's passphrase), a secret-named
 *   keyword argument or default argument; kept: the same calls with a variable, a call or an
 *   environment read, a Ruby call without brackets assigned to a secret name, a format verb
 *   where a command's password goes.
 *
 * - logs (the third red team's carriers: what programs and tools print, not what scanners test):
 *   dumps that break a pair after `=>` (PHP's var_dump, Ruby's pp), an XML element with a
 *   namespace's prefix (a SOAP WS-Security header), Spring's binding errors, a build step before
 *   `ENV`, MyBatis's bound values, an FTP transcript's `PASS`, a login call's second argument;
 *   kept: `NULL` after `=>`, an object under a secret name, `rejected value [null]`,
 *   percent-encoded stand-ins, a stand-in after `PASS`, a login call given a call.
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_secrets_syntax5.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/secrets_syntax5.jsonl 'deno task -q scrub'
 */
import { Rand } from "./pii_redteam_values.ts";
import { ALNUM, mixed } from "./redteam2/providers.ts";
import type { Case } from "./redteam2/gen_redteam2.ts";
import { camel, type Embedded, snake, upper } from "./syntaxes.ts";
import { PROVIDER_SAMPLE_SETS } from "../detectors/examples/mod.ts";

export type { Case };
export const SYNTAX5_FILE = new URL("./secrets_syntax5.jsonl", import.meta.url);

/** A scanner's test form: writes `value` under the key `name` (words), as that scanner does. */
interface Form {
  id: string;
  /** The scanner whose tests write this form. */
  source:
    | "gitleaks"
    | "detect-secrets"
    | "trufflehog"
    | "secretlint"
    | "prose"
    | "whispers"
    | "semgrep"
    | "kingfisher"
    | "logs";
  write(name: readonly string[], value: string): Embedded;
}

const at = (text: string, written: string): Embedded => ({ text, written });
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

const FORMS: readonly Form[] = [
  // gitleaks' GenerateSampleSecrets.
  { id: "ini-quoted", source: "gitleaks", write: (n, v) => at(`${camel(n)}="${v}"`, v) },
  {
    id: "ini-quoted-spaced",
    source: "gitleaks",
    write: (n, v) => at(`${camel(n)} = "${v}"`, v),
  },
  { id: "ini-unquoted", source: "gitleaks", write: (n, v) => at(`${camel(n)}=${v}`, v) },
  { id: "ini-unquoted-spaced", source: "gitleaks", write: (n, v) => at(`${camel(n)} = ${v}`, v) },
  {
    id: "json-multiline",
    source: "gitleaks",
    write: (n, v) => at(`{\n    "${snake(n)}": "${v}"\n}`, v),
  },
  {
    id: "json-backslash-escaped",
    source: "gitleaks",
    write: (n, v) => at(`\\{\n    \\"${snake(n)}\\": \\"${v}\\"\n\\}`, v),
  },
  {
    id: "xml-element",
    source: "gitleaks",
    write: (n, v) => at(`<${camel(n)}>${v}</${camel(n)}>`, v),
  },
  {
    id: "xml-element-own-line",
    source: "gitleaks",
    write: (n, v) => at(`<${camel(n)}>\n    ${v}\n</${camel(n)}>`, v),
  },
  { id: "yaml-plain", source: "gitleaks", write: (n, v) => at(`${snake(n)}: ${v}`, v) },
  { id: "yaml-single-quoted", source: "gitleaks", write: (n, v) => at(`${snake(n)}: '${v}'`, v) },
  { id: "yaml-double-quoted", source: "gitleaks", write: (n, v) => at(`${snake(n)}: "${v}"`, v) },
  { id: "yaml-literal", source: "gitleaks", write: (n, v) => at(`${snake(n)}: |\n  ${v}`, v) },
  { id: "yaml-folded", source: "gitleaks", write: (n, v) => at(`${snake(n)}: >\n  ${v}`, v) },
  { id: "csharp", source: "gitleaks", write: (n, v) => at(`string ${camel(n)} = "${v}";`, v) },
  { id: "go-var", source: "gitleaks", write: (n, v) => at(`var ${camel(n)} string = "${v}"`, v) },
  { id: "go-short", source: "gitleaks", write: (n, v) => at(`${camel(n)} := "${v}"`, v) },
  { id: "go-backquotes", source: "gitleaks", write: (n, v) => at(`${camel(n)} := \`${v}\``, v) },
  { id: "java", source: "gitleaks", write: (n, v) => at(`String ${camel(n)} = "${v}";`, v) },
  { id: "kotlin", source: "gitleaks", write: (n, v) => at(`var ${camel(n)} = "${v}"`, v) },
  { id: "php-concat", source: "gitleaks", write: (n, v) => at(`$${camel(n)} .= "${v}"`, v) },
  { id: "python-single", source: "gitleaks", write: (n, v) => at(`${camel(n)} = '${v}'`, v) },
  { id: "python-double", source: "gitleaks", write: (n, v) => at(`${camel(n)} = "${v}"`, v) },
  { id: "csv-unquoted", source: "gitleaks", write: (n, v) => at(`${camel(n)},${v},`, v) },
  { id: "logstash", source: "gitleaks", write: (n, v) => at(`  "${camel(n)}" => "${v}"`, v) },
  { id: "make-recursive", source: "gitleaks", write: (n, v) => at(`${upper(n)} = "${v}"`, v) },
  { id: "make-simple", source: "gitleaks", write: (n, v) => at(`${upper(n)} := "${v}"`, v) },
  { id: "make-shell", source: "gitleaks", write: (n, v) => at(`${upper(n)} ::= "${v}"`, v) },
  {
    id: "make-evaluated-shell",
    source: "gitleaks",
    write: (n, v) => at(`${upper(n)} :::= "${v}"`, v),
  },
  { id: "make-conditional", source: "gitleaks", write: (n, v) => at(`${upper(n)} ?= "${v}"`, v) },
  { id: "make-append", source: "gitleaks", write: (n, v) => at(`${upper(n)} += "${v}"`, v) },
  // gitleaks' generic rule's own samples: a numbered key.
  {
    id: "numbered-key",
    source: "gitleaks",
    write: (n, v) => at(`some_${snake(n)}_123 = "${v}"`, v),
  },
  // gitleaks' forms still to do there.
  {
    id: "json-name-value",
    source: "gitleaks",
    write: (n, v) => at(`{\n    "name": "${snake(n)}",\n    "value": "${v}"\n}`, v),
  },
  {
    id: "xml-entry-attributes",
    source: "gitleaks",
    write: (n, v) => at(`<entry name="${camel(n)}" value="${v}" />`, v),
  },
  {
    id: "kotlin-typed",
    source: "gitleaks",
    write: (n, v) => at(`var ${camel(n)}: String = "${v}"`, v),
  },
  {
    id: "php-null-coalesce",
    source: "gitleaks",
    write: (n, v) => at(`$${camel(n)} ??= "${v}"`, v),
  },
  // detect-secrets' keyword tests.
  {
    id: "colon-equals-tight",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)}:="${v}"`, v),
  },
  {
    id: "colon-equals-bare",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)}:=${v}`, v),
  },
  {
    id: "colon-equals-wide",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)}  :=   '${v}'`, v),
  },
  {
    id: "single-quoted-pair",
    source: "detect-secrets",
    write: (n, v) => at(`'${snake(n)}': '${v}'`, v),
  },
  { id: "colon-tight", source: "detect-secrets", write: (n, v) => at(`${snake(n)}:${v}`, v) },
  { id: "objective-c", source: "detect-secrets", write: (n, v) => at(`${snake(n)} = @"${v}"`, v) },
  { id: "array-append", source: "detect-secrets", write: (n, v) => at(`${snake(n)}[]= "${v}"`, v) },
  {
    id: "dict-subscript",
    source: "detect-secrets",
    write: (n, v) => at(`settings["${snake(n)}"] = "${v}"`, v),
  },
  {
    id: "dict-subscript-bare",
    source: "detect-secrets",
    write: (n, v) => at(`settings['${snake(n)}'] = ${v}`, v),
  },
  {
    id: "quoted-then-semicolon",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)} "${v}";`, v),
  },
  {
    id: "glued-quoted-then-semicolon",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)}'${v}';`, v),
  },
  { id: "equality", source: "detect-secrets", write: (n, v) => at(`${snake(n)} == "${v}"`, v) },
  { id: "inequality", source: "detect-secrets", write: (n, v) => at(`${snake(n)}!= "${v}"`, v) },
  {
    id: "strict-equality",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)}==='${v}'`, v),
  },
  {
    id: "strict-inequality",
    source: "detect-secrets",
    write: (n, v) => at(`${snake(n)}!=='${v}'`, v),
  },
  {
    id: "reversed-comparison",
    source: "detect-secrets",
    write: (n, v) => at(`if "${v}" == ${snake(n)}:`, v),
  },
  { id: "fat-arrow", source: "detect-secrets", write: (n, v) => at(`${snake(n)} => '${v}'`, v) },
  {
    id: "xml-spaced-text",
    source: "detect-secrets",
    write: (n, v) => at(`<${snake(n)}> ${v} </${snake(n)}>`, v),
  },
  {
    id: "xml-spaced-tag",
    source: "detect-secrets",
    write: (n, v) => at(`< ${snake(n)} > ${v} </${snake(n)}>`, v),
  },
  {
    id: "xml-name-then-value",
    source: "detect-secrets",
    write: (n, v) => at(`<add name = "${snake(n)}" value="${v}" />`, v),
  },
  {
    id: "xml-value-then-name",
    source: "detect-secrets",
    write: (n, v) => at(`<add value="${v}" name="${snake(n)}"/>`, v),
  },
  {
    id: "xml-name-around-text",
    source: "detect-secrets",
    write: (n, v) => at(`<setting name="${snake(n)}">${v}</setting>`, v),
  },
  {
    id: "xml-value-attribute",
    source: "detect-secrets",
    write: (n, v) => at(`<${snake(n)} value="${v}"/>`, v),
  },
  {
    id: "xml-key-attribute",
    source: "detect-secrets",
    write: (n, v) => at(`<connection ${snake(n)}="${v}" />`, v),
  },
  {
    id: "xml-key-attribute-single",
    source: "detect-secrets",
    write: (n, v) => at(`<connection ${snake(n)}='${v}'>primary</connection>`, v),
  },
  // trufflehog's detector tests.
  {
    id: "debug-using",
    source: "trufflehog",
    write: (n, v) =>
      at(
        `\n\t\t\t\t[INFO] Sending request to the API\n\t\t\t\t[DEBUG] Using ${
          snake(n)
        }=${v}\n\t\t\t\t[INFO] Response received: 200 OK\n\t\t\t`,
        v,
      ),
  },
  {
    id: "debug-using-word-key",
    source: "trufflehog",
    write: (n, v) =>
      at(
        `[INFO] Sending request to the ${n[0]} API\n[DEBUG] Using ${n.slice(0, -1).join(" ")} ${
          cap(n[n.length - 1])
        }=${v}\n[INFO] Response received: 200 OK`,
        v,
      ),
  },
  {
    id: "debug-using-bare-key",
    source: "trufflehog",
    write: (n, v) =>
      at(
        `\t\t\t\t[INFO] Sending request to the ${
          n[0]
        } API\n\t\t\t\t[DEBUG] Using Key=${v}\n\t\t\t\t[INFO] Response received: 200 OK`,
        v,
      ),
  },
  {
    id: "keyword-token-twice",
    source: "trufflehog",
    write: (n, v) => at(`${n[0]} token = '${v}' | '${v}'`, v),
  },
  {
    id: "keyword-token-dash",
    source: "trufflehog",
    write: (n, v) => at(`${n[0]} token - '${v}'\n`, v),
  },
  {
    id: "test-secrets-json",
    source: "trufflehog",
    write: (n, v) =>
      at(
        `[{\n\t\t"_id": "2b7c1e90-4f3a-4d8e-9a61-0c5d7e3f8a12",\n\t\t"name": "${
          cap(n[0])
        }",\n\t\t"type": "Detector",\n\t\t"test_secrets": {\n\t\t\t"${
          snake(n)
        }": "${v}"\n\t\t},\n\t\t"expected_response": "200"\n\t}]`,
        v,
      ),
  },
  {
    id: "env-tab-indented",
    source: "trufflehog",
    write: (n, v) =>
      at(`\n\t${upper(n)}=${v}\n\t${upper(n.slice(0, 1))}_URL=https://api.example.com\n\t`, v),
  },
  {
    id: "yaml-nested-with-comments",
    source: "trufflehog",
    write: (n, v) =>
      at(
        `# Configuration File: config.yaml\ndatabase:\n  host: $DB_HOST\n  password: $DB_PASS  # do not share\n\napi:\n  ${
          snake(n)
        }: "${v}"\n  auth_type: Client Credentials`,
        v,
      ),
  },
  { id: "js-const", source: "trufflehog", write: (n, v) => at(`const ${camel(n)} = "${v}";`, v) },
];

/** Forms whose key is the form's own (a credentials file, a URL): they take only the value. */
const FIXED_FORMS: readonly { id: string; source: Form["source"]; write(v: string): Embedded }[] = [
  {
    id: "jenkins-credentials-xml",
    source: "trufflehog",
    write: (v) =>
      at(
        `<com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>\n  <scope>GLOBAL</scope>\n  <id>deploy-key</id>\n  <secret>{AQAAABAAA ${v}}</secret>\n  <description>configuration for production</description>\n</com.cloudbees.plugins.credentials.impl.StringCredentialsImpl>`,
        v,
      ),
  },
  {
    id: "url-basic-auth",
    source: "trufflehog",
    write: (v) => at(`[DEBUG] GET https://svc-user:${v}@repo.example.com/api/pypi/simple`, v),
  },
  {
    id: "url-basic-auth-no-scheme",
    source: "trufflehog",
    write: (v) => at(`[INFO] mirror svc-user:${v}@repo.example.com/artifactory/api/ping`, v),
  },
  {
    id: "npmrc-auth-token",
    source: "secretlint",
    write: (v) => at(`//registry.npmjs.org/:_authToken=${v}`, v),
  },
  {
    id: "package-json-oauth-basic",
    source: "secretlint",
    write: (v) =>
      at(
        `"dependencies": {\n  "tools": "git+https://${v}:x-oauth-basic@github.com/acme/tools.git"\n}`,
        v,
      ),
  },
  {
    id: "ftp-url-basic-auth",
    source: "secretlint",
    write: (v) => at(`ftp://deploy:${v}@ftp.example.com/releases/`, v),
  },
  {
    id: "markdown-url-basic-auth",
    source: "secretlint",
    write: (v) => at(`See [the mirror](https://deploy:${v}@mirror.example.com/) for builds.`, v),
  },
];

/** A provider detector's sample and the word that names its provider (`shopify`). */
interface ProviderValue {
  id: string;
  word: string;
  sample: string;
  /** Its documented placeholders: its prefix before an all-x body (from its negatives). */
  placeholders: string[];
  /**
   * Which of the forms it is written in (with `stride` > 1): a hash of its id, so that a provider
   * added to the examples adds its own cases and moves no other provider to other forms.
   */
  slot: number;
}

/** FNV-1a of `id`'s UTF-16 code units: a provider's slot among the forms. */
function slotOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function providerValues(): ProviderValue[] {
  const out: ProviderValue[] = [];
  for (const set of Object.values(PROVIDER_SAMPLE_SETS)) {
    for (const [id, s] of Object.entries(set)) {
      const placeholders = s.negatives.filter((n) => /^[A-Za-z0-9]{1,12}[_-]?[xX]{8,}$/.test(n));
      out.push({ id, word: id.split("-")[0], sample: s.sample, placeholders, slot: slotOf(id) });
    }
  }
  return out;
}

const GENERIC_NAMES: readonly (readonly string[])[] = [
  ["db", "password"],
  ["api", "key"],
  ["client", "secret"],
  ["auth", "token"],
  ["access", "token"],
  ["secret", "key"],
  ["smtp", "passwd"],
  ["service", "pwd"],
];

/** Password characters no form quotes or ends on (no quote, `,`, `;`, `@`, `<`, `&`, blank). */
const PASSWORD_CHARS = ALNUM + "!#$%^*()-_+[]{}~.";

/** A generic secret: a random token, or a password with symbols (never a placeholder's start). */
function genericValue(r: Rand, k: number): string {
  return k % 2 === 0
    ? `${mixed(r, 1, "ABCDEFGHJKNPQSTUWZ")}${mixed(r, r.range(23, 39))}`
    : `${mixed(r, 1, "ABCDEFGHJKNPQSTUWZ")}${mixed(r, 4)}${
      mixed(r, r.range(10, 18), PASSWORD_CHARS)
    }${mixed(r, 2)}`;
}

class Corpus {
  readonly cases: Case[] = [];
  add(kind: "secret" | "benign", type: string, text: string, secrets: string[] = []): void {
    for (const s of secrets) {
      if (!text.includes(s)) throw new Error(`${type}: secret not in its text: ${s}`);
    }
    this.cases.push({
      id: `sx5-${String(this.cases.length).padStart(4, "0")}`,
      kind,
      type: `sx5:${type}`,
      text,
      secrets,
      expect_unchanged: kind === "benign",
      origin: kind === "benign" ? "syntax5-benign" : "syntax5",
    });
  }
}

/**
 * Every provider sample goes into one form in `stride` (a different share for each provider, so
 * every form holds many providers); `stride` 1 writes each into every form (for probing).
 */
function secretCases(r: Rand, c: Corpus, stride: number): void {
  const providers = providerValues();
  FORMS.forEach((form, f) => {
    GENERIC_NAMES.forEach((name, k) => {
      const { text, written } = form.write(name, genericValue(r, k + f));
      c.add("secret", `${form.source}:${form.id}:generic`, text, [written]);
    });
    providers.forEach((p) => {
      if ((p.slot + f) % stride !== 0) return;
      const { text, written } = form.write([p.word, "token"], p.sample);
      c.add("secret", `${form.source}:${form.id}:${p.id}`, text, [written]);
    });
  });
  FIXED_FORMS.forEach((form, f) => {
    for (let k = 0; k < 4; k++) {
      const { text, written } = form.write(genericValue(r, k + 1));
      c.add("secret", `${form.source}:${form.id}:generic`, text, [written]);
    }
    providers.forEach((p) => {
      if ((p.slot + f) % stride !== 0) return;
      const { text, written } = form.write(p.sample);
      c.add("secret", `${form.source}:${form.id}:${p.id}`, text, [written]);
    });
  });
}

/** Values the scanners document as no secret, written in every keyed form. */
const GENERIC_PLACEHOLDERS: readonly string[] = [
  "${DB_PASSWORD}",
  "<your-api-key>",
  "xxxxxxxxxxxxxxxx",
  "%s",
  "{{ .Values.auth.token }}",
  "changeme",
];

/** The scanners' documented false positives: code and config that only name a secret. */
const NAMING_ONLY: readonly string[] = [
  "db_password = load_secret(name)later",
  "user_password = request.form['pw']",
  "store_password = False",
  "connect(user=user, password=password)",
  "apiKey: options.apiKey,",
  "apiKey: fs.readFileSync('./key.txt',",
  "$password = $row;",
  "password: ${vaultRef}",
  'db_password = ""',
  "db_password = ''",
  'api_key := ""',
  'client_secret "";',
  '<param name="password" value="" />',
  '<db_password value=""/>',
  'iam_api_key="%s" % IAM_KEY_FROM_VAULT',
  "X-JFrog-Art-Api: $ARTIFACTORY_PASSWORD",
  "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
  "//registry.npmjs.org/:_authToken=$NPM_TOKEN",
  "[INFO] Sending request to the API\n[INFO] Response received: 200 OK",
  "https://repo.example.com/artifactory/api/pypi/pypi/simple",
  "https://svc-user@repo.example.com/api/ping",
  '"tools": "git+https://github.com/acme/tools.git"',
  "See [the mirror](https://mirror.example.com/) for builds.",
];

/** Values the scanners document as stand-ins: `fake` in them, a relative path, words. */
const STAND_INS: readonly string[] = [
  'service_key := "fake-key-value"',
  'db_password == "fake_pw"',
  '"fake_pw" == db_password',
  '<param name="password" value="myfakepassword" />',
  '<db_password value="myfakepassword"/>',
  'private_key "conf/ssl/key/files";',
  "private_key '\"see below';",
  'private_key "${KEY_PATH}";',
  'client_secret = "fake-client-secret-for-tests"',
];

function benignCases(c: Corpus, stride: number): void {
  const providers = providerValues().filter((p) => p.placeholders.length > 0);
  FORMS.forEach((form, f) => {
    GENERIC_PLACEHOLDERS.forEach((value, k) => {
      if ((k + f) % 2 !== 0) return;
      c.add(
        "benign",
        `${form.source}:${form.id}:placeholder`,
        form.write(GENERIC_NAMES[k], value).text,
      );
    });
    providers.forEach((p) => {
      if ((p.slot + f) % (stride * 2) !== 0) return;
      const value = p.placeholders[(p.slot + f) % p.placeholders.length];
      c.add(
        "benign",
        `${form.source}:${form.id}:${p.id}:all-x`,
        form.write([p.word, "token"], value).text,
      );
    });
  });
  for (const text of NAMING_ONLY) c.add("benign", "naming-only", text);
  for (const text of STAND_INS) c.add("benign", "stand-in", text);
}

/**
 * Prose forms: a key's words and the value joined by a verb, a blank alone or a spaced colon.
 * Their values come from a random stream of their own (the cases above keep theirs).
 */
const PROSE_FORMS: readonly Form[] = [
  {
    source: "prose",
    id: "prose-is",
    write: (n, v) => at(`Your ${n.join(" ")} is ${v}, which expires in 30 days.`, v),
  },
  { source: "prose", id: "prose-is-quoted", write: (n, v) => at(`${snake(n)} is "${v}"`, v) },
  {
    source: "prose",
    id: "prose-was-colon",
    write: (n, v) => at(`INFO the ${n.join(" ")} was: ${v}`, v),
  },
  {
    source: "prose",
    id: "prose-blank",
    write: (n, v) => at(`[DEBUG] Using ${n.join(" ")} ${v}`, v),
  },
  { source: "prose", id: "prose-provider-key", write: (n, v) => at(`${n[0]}-key ${v}`, v) },
  { source: "prose", id: "spaced-colon", write: (n, v) => at(`${snake(n)} :${v}`, v) },
  { source: "prose", id: "spaced-colon-plain-key", write: (_n, v) => at(`key : ${v}`, v) },
];

/** Names strong enough to take a value after a blank alone (not `pwd`, `pass`). */
const PROSE_NAMES: readonly (readonly string[])[] = [
  ["api", "key"],
  ["client", "secret"],
  ["auth", "token"],
  ["access", "token"],
  ["secret", "key"],
  ["db", "password"],
];

/** Sentences key words begin that hold no secret. */
const PROSE_BENIGN: readonly string[] = [
  "token expired",
  "the key is missing",
  "password is incorrect for user bob",
  "key 3 of 5",
  "key ID 0x5E7A19C3",
  "token bucket 482913775",
  "session key 5",
  "Secret Manager secret projects/acme-prod/secrets/db-url",
  "the token is not valid for this scope",
  "cache key: 7c1d0e96b5f24a3e8d9c0b1a2f3e4d5c",
  "the cache key is 7c1d0e96b5f24a3e8d9c0b1a2f3e4d5c",
  "primary key is 51c3e9a0d7b24f6e8a1c3b5d7f9e0a2c",
  "next page token is Q2hhcHRlcjctUGFnZTQyLUVuZA",
  "auth_method=api_key page_token=Tb7qWz2LmX9vR4kYp3NcJh8s",
];

function proseCases(r: Rand, c: Corpus, stride: number): void {
  formCases(r, c, stride, PROSE_FORMS);
  for (const text of PROSE_BENIGN) c.add("benign", "prose:sentence", text);
}

/**
 * A key's words, a few words saying whose it is, a verb and the value (`The secret key for this
 * app is v`); and such sentences going on with a word. Their own random stream (every case above
 * keeps its own).
 */
const QUALIFIED_FORMS: readonly Form[] = [
  {
    source: "prose",
    id: "prose-qualified-is",
    write: (n, v) => at(`The ${n.join(" ")} for this app is ${v}`, v),
  },
  {
    source: "prose",
    id: "prose-qualified-was-colon",
    write: (n, v) => at(`INFO the ${n.join(" ")} of user bob was: ${v}`, v),
  },
  {
    source: "prose",
    id: "prose-qualified-words",
    write: (n, v) => at(`Your ${n.join(" ")} on the staging database is "${v}".`, v),
  },
];

const QUALIFIED_BENIGN: readonly string[] = [
  "the key for this lookup is missing",
  "the token for user bob is expired",
  "the password for root is set",
  "The secret key for this app is not configured",
  "the cache key for this lookup is 7c1d0e96b5f24a3e8d9c0b1a2f3e4d5c",
  "the next page token for this query is Q2hhcHRlcjctUGFnZTQyLUVuZA",
];

/**
 * A key's name in Markdown's emphasis or code (`**API key:** v`, `*Token*: v`, `__Password__: v`,
 * `` `API key`: v ``); and emphasized names before documentation. Their own random stream.
 */
const MARKDOWN_FORMS: readonly Form[] = [
  {
    source: "prose",
    id: "markdown-bold-colon-inside",
    write: (n, v) => at(`**${n.map(cap).join(" ")}:** ${v}`, v),
  },
  {
    source: "prose",
    id: "markdown-bold-item",
    write: (n, v) => at(`- **${n.map(cap).join(" ")}**: ${v}`, v),
  },
  { source: "prose", id: "markdown-italic", write: (n, v) => at(`*${camel(n)}*: ${v}`, v) },
  {
    source: "prose",
    id: "markdown-underscores",
    write: (n, v) => at(`__${snake(n)}__: ${v}`, v),
  },
  {
    source: "prose",
    id: "markdown-code-spaced",
    write: (n, v) => at(`\`${n.join(" ")}\`: ${v}`, v),
  },
];

const MARKDOWN_BENIGN: readonly string[] = [
  "**Password**: The password for the user",
  "**API key:** the key you created in the dashboard",
  "*Token*: a token from the dashboard",
  "**Secret key:** see below",
  "**Access token**: optional",
  "**API key**: process.env.API_KEY",
  "**cache key**: 7c1d0e96b5f24a3e8d9c0b1a2f3e4d5c",
];

/**
 * A Terraform variable named as a secret, its `default` on the block's line or below it (after
 * other attributes); and blocks whose default is no secret's. Their own random stream.
 */
const HCL_FORMS: readonly Form[] = [
  {
    source: "prose",
    id: "hcl-variable-default-below",
    write: (n, v) => at(`variable "${snake(n)}" {\n  default = "${v}"\n}`, v),
  },
  {
    source: "prose",
    id: "hcl-variable-one-line",
    write: (n, v) => at(`variable "${snake(n)}" { default = "${v}" }`, v),
  },
  {
    source: "prose",
    id: "hcl-variable-sensitive",
    write: (n, v) =>
      at(
        `variable "${snake(n)}" {\n  description = "The ${n.join(" ")}"\n  type        = string\n` +
          `  sensitive   = true\n  default     = "${v}"\n}`,
        v,
      ),
  },
];

const HCL_BENIGN: readonly string[] = [
  'variable "region" {\n  default = "eu-west-1"\n}',
  'variable "db_password" {\n  description = "Master password"\n  type        = string\n  sensitive   = true\n}',
  'variable "api_token" {\n  default = ""\n}',
  'variable "private_key_path" {\n  default = "~/.ssh/id_rsa"\n}',
  'variable "db_password_length" { default = 16 }',
  'variable "secret_name" {\n  default = "prod/app/db-credentials"\n}',
  'variable "api_token" {\n}\nvariable "region" {\n  default = "Tq7vNb2XkLp9TzWc4HyMs8Jd"\n}',
];

/**
 * The forms of a scanner for structured files (whispers' fixtures): a `<key>`/`<value>` XML
 * entry over several lines and on one, a list under a plural password name, several names
 * assigned at once, a JDBC URL's `userpass=`; and their look-alikes that hold no secret. Their
 * own random stream.
 */
const STRUCTURED_FORMS: readonly Form[] = [
  {
    source: "whispers",
    id: "xml-entry-key-value",
    write: (n, v) =>
      at(
        `    <entry>\n        <key>${snake(n)}</key>\n        <value>${v}</value>\n    </entry>`,
        v,
      ),
  },
  {
    source: "whispers",
    id: "xml-entry-one-line",
    write: (n, v) => at(`<entry><key>${camel(n)}</key><value>${v}</value></entry>`, v),
  },
  {
    source: "whispers",
    id: "yaml-plural-password-list",
    write: (n, v) => at(`${n[0]}_passwords:\n  - "${v}"`, v),
  },
  {
    source: "whispers",
    id: "python-tuple-assignment",
    write: (n, v) => at(`user, ${snake(n)} = "svc", "${v}"`, v),
  },
  {
    source: "whispers",
    id: "go-tuple-short-declaration",
    write: (n, v) => at(`\t${camel(n)}, region := "${v}", "eu-west-1"`, v),
  },
  {
    source: "whispers",
    id: "jdbc-userpass",
    write: (_n, v) => at(`jdbc:mysql://db.internal/app?user=svc&userpass=${v}`, v),
  },
];

const STRUCTURED_BENIGN: readonly string[] = [
  "    <entry>\n        <key>username</key>\n        <value>svc-reports</value>\n    </entry>",
  "<entry><key>password</key><value>${DB_PASSWORD}</value></entry>",
  "db_passwords:\n  - ${DB_PASSWORD}",
  "  - DB_PASSWORD=$$DB_PASSWORD",
  `    "MasterUserPassword": "!Ref 'MasterUserPassword'",`,
  'db_password = "{ password }"',
  "wget --user=build --ask-password https://mirror.internal/pkg.tgz",
  "curl --tlspassword https://localhost:8443/health",
  "user, password = get_credentials()",
  "jdbc:mysql://db.internal/app?user=svc&userpass=",
];

/**
 * The forms of semgrep-rules' hardcoded-secret tests (code passing a secret to a call), and
 * their look-alikes that hold none. Their own random stream.
 */
const CALL_FORMS: readonly Form[] = [
  {
    source: "semgrep",
    id: "js-jwt-sign",
    write: (_n, v) =>
      at(`const signed = jwt.sign({ sub: user.id }, "${v}", { expiresIn: "1h" });`, v),
  },
  {
    source: "semgrep",
    id: "python-jwt-encode",
    write: (_n, v) => at(`    encoded = jwt.encode({"sub": uid}, '${v}', algorithm="HS256")`, v),
  },
  {
    source: "semgrep",
    id: "ruby-jwt-encode",
    write: (_n, v) => at(`    token = JWT.encode payload, '${v}', 'HS256'`, v),
  },
  {
    source: "semgrep",
    id: "java-hmac-algorithm",
    write: (_n, v) => at(`        Algorithm algorithm = Algorithm.HMAC256("${v}");`, v),
  },
  {
    source: "semgrep",
    id: "csharp-with-secret",
    write: (_n, v) => at(`            .WithSecret("${v}")`, v),
  },
  {
    source: "semgrep",
    id: "go-signed-string",
    write: (_n, v) => at(`\tsigned, err := tok.SignedString([]byte("${v}"))`, v),
  },
  {
    source: "semgrep",
    id: "ruby-key-passphrase",
    write: (_n, v) => at(`      io.write key.to_pem(cipher, '${v}')`, v),
  },
  {
    source: "semgrep",
    id: "python-keyword-argument",
    write: (n, v) => at(`client = connect("db.internal", ${snake(n)}="${v}")`, v),
  },
  {
    source: "semgrep",
    id: "python-default-argument",
    write: (n, v) => at(`def open_session(user, ${snake(n)}="${v}"):`, v),
  },
];

const CALL_BENIGN: readonly string[] = [
  "const signed = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' });",
  "    encoded = jwt.encode({'sub': uid}, settings.SECRET_KEY, algorithm='HS256')",
  "    token = JWT.encode payload, hmac_secret, 'HS256'",
  "    decoded = JWT.decode raw, nil, true, { algorithm: 'HS256' }",
  "        Algorithm algorithm = Algorithm.HMAC256(signingKey);",
  "            .WithSecret(secret)",
  '\tsigned, err := tok.SignedString([]byte(os.Getenv("JWT_KEY")))',
  "      io.write key.to_pem(cipher, ENV['KEY_PASSPHRASE'])",
  'client = connect("db.internal", password=os.environ["DB_PASSWORD"])',
  "def open_session(user, password=None):",
  `cmd := fmt.Sprintf("sshpass -p '%s' ssh %s", pw, host)`,
];

/**
 * A code host's name glued to `KEY` with no separator (`GITHUBKEY=`), as whispers' tests write
 * one in a compose file's environment list, a JSON string, an XML element or a dotenv line; and
 * look-alikes whose name only ends in `key`. Their own random stream.
 */
const GLUED_HOST_FORMS: readonly Form[] = [
  {
    source: "whispers",
    id: "compose-env-githubkey",
    write: (_n, v) => at(`    environment:\n      - GITHUBKEY=${v}`, v),
  },
  {
    source: "whispers",
    id: "json-string-gitlabkey",
    write: (_n, v) => at(`  "GITLABKEY=${v}",`, v),
  },
  { source: "whispers", id: "xml-text-ghkey", write: (_n, v) => at(`<env>GHKEY=${v}</env>`, v) },
  {
    source: "whispers",
    id: "dotenv-githubkey",
    write: (_n, v) => at(`export GITHUBKEY="${v}"`, v),
  },
];

const GLUED_HOST_BENIGN: readonly string[] = [
  "    environment:\n      - MONKEY=capuchin",
  '  "TURKEY=roasted",',
  "<env>HOCKEY=ice</env>",
  "export DONKEY=kong",
  "whiskey: single-malt",
];

/**
 * An array opened at the end of a secret-named key's line, one quoted value a line below it, as
 * whispers' tests write passwords in JSON (and a Python list); and look-alikes: arrays under
 * names that say no secret, or holding no value. Their own random stream.
 */
const ARRAY_FORMS: readonly Form[] = [
  {
    source: "whispers",
    id: "json-array-below",
    write: (n, v) =>
      at(`  "${snake(n)}": [\n    "${v}",\n    "${v.slice(0, 4)}-old-${v.length}x"\n  ],`, v),
  },
  {
    source: "whispers",
    id: "python-list-below",
    write: (n, v) => at(`${snake(n).toUpperCase()} = [\n    '${v}',\n]`, v),
  },
];

const ARRAY_BENIGN: readonly string[] = [
  '  "allowed_hosts": [\n    "db1.internal",\n    "db2.internal"\n  ],',
  '  "page_tokens": [\n    "c2VjdGlvbi0y"\n  ],',
  '  "passwords": [\n    "${DB_PASSWORD}",\n    "<your-password>"\n  ],',
  "PASSWORDS = [\n    os.environ['DB_PASSWORD'],\n]",
];

/**
 * A literal value in a YAML flow map and after an object member's colon (as semgrep-rules' and
 * whispers' tests write one), beside look-alikes that give the member a variable (a name in
 * camel or snake case, in code). Their own random stream.
 */
const OBJECT_FORMS: readonly Form[] = [
  {
    source: "whispers",
    id: "yaml-flow-map",
    write: (n, v) => at(`database: {host: db.internal, ${snake(n)}: ${v}, port: 5432}`, v),
  },
  { source: "semgrep", id: "object-member-last", write: (n, v) => at(`    ${snake(n)}: ${v},`, v) },
];

const OBJECT_BENIGN: readonly string[] = [
  "    password: token,",
  "    password: db_password2,",
  "const client = createClient({ url, password: redisPassword });",
  "  return { apiKey: api_key, region };",
  'data = {"login": login, "password": new_password}',
  "new Pool({ user: dbUser, password: db_password, host })",
];

/** A secret-named variable given a constant whose name glues `APITOKEN` (whispers' Java tests). */
const CONSTANT_BENIGN: readonly string[] = [
  "        String backup_password = NONPROD_APITOKEN;",
  "    private static final String SERVICE_TOKEN = LEGACY_APITOKEN_2;",
];

/** A flag given an empty value (`--password=` then a blank), a URL or an option after it. */
const EMPTY_FLAG_BENIGN: readonly string[] = [
  "wget --user=admin --password= https://mirror.example.org/pkg.tgz",
  "curl --token= --silent https://api.example.org/v1/ping",
];

/** A Python format string's template of words given to a secret-named variable. */
const TEMPLATE_BENIGN: readonly string[] = [
  'db_password = "pw_{0}".format(env)',
  'api_token = f"static-{tenant_id}"',
];

/**
 * A password given by position to a database connect call (kingfisher's dbconn rules' forms:
 * PHP's `mysql_connect`/`mysqli_connect`/`new PDO`, Perl's `DBI->connect`; and Java's
 * `DriverManager.getConnection`), the third argument as each API fixes it; look-alikes give a
 * variable, a call or fewer arguments. Their own random stream.
 */
const CONNECT_FORMS: readonly Form[] = [
  {
    source: "kingfisher",
    id: "php-mysql-connect",
    write: (_n, v) => at(`$link = mysql_connect("db1.internal", "shop", "${v}");`, v),
  },
  {
    source: "kingfisher",
    id: "php-mysqli-connect",
    write: (_n, v) => at(`$db = mysqli_connect('127.0.0.1', 'report', '${v}', 'sales');`, v),
  },
  {
    source: "kingfisher",
    id: "php-new-pdo",
    write: (_n, v) => at(`$pdo = new PDO("mysql:host=db;dbname=web", "web", "${v}");`, v),
  },
  {
    source: "kingfisher",
    id: "perl-dbi-connect",
    write: (_n, v) => at(`my $dbh = DBI->connect($dsn, "etl", "${v}", { RaiseError => 1 });`, v),
  },
  {
    source: "kingfisher",
    id: "java-get-connection",
    write: (_n, v) => at(`Connection c = DriverManager.getConnection(url, "app", "${v}");`, v),
  },
];

const CONNECT_BENIGN: readonly string[] = [
  "$link = mysql_connect($host, $user, $password);",
  "$db = mysqli_connect('db-gw', 'report');",
  'my $dbh = DBI->connect($dsn, "etl", $ENV{DB_PASS});',
  "$pdo = new PDO($dsn, 'web', getenv('DB_PASSWORD'));",
  'Connection c = DriverManager.getConnection(url, "app", cfg.password());',
  "mysql_connect() failed: Access denied for user 'app'@'db-gw' (using password: YES)",
];

/**
 * What programs and tools print a secret in (the third red team's carriers), each under the
 * generic names or, for a command or call that fixes its place, alone; look-alikes beside them.
 * Their own random stream.
 */
const PRINTED_FORMS: readonly Form[] = [
  {
    source: "logs",
    id: "php-var-dump",
    write: (n, v) =>
      at(
        `array(2) {\n  ["user"]=>\n  string(3) "bob"\n  ["${
          snake(n)
        }"]=>\n  string(${v.length}) "${v}"\n}`,
        v,
      ),
  },
  {
    source: "logs",
    id: "ruby-pp-wrapped",
    write: (n, v) => at(`{"user"=>"bob",\n "${snake(n)}"=>\n  "${v}"}`, v),
  },
  {
    source: "logs",
    id: "soap-prefixed-element",
    write: (n, v) =>
      at(`<wsse:${cap(camel(n))} Type="urn:x#PasswordText">${v}</wsse:${cap(camel(n))}>`, v),
  },
  {
    source: "logs",
    id: "spring-binding-error",
    write: (n, v) =>
      at(
        `Field error in object 'form' on field '${
          camel(n)
        }': rejected value [${v}]; codes [Size.form]`,
        v,
      ),
  },
  {
    source: "logs",
    id: "docker-build-step",
    write: (n, v) => at(`Step 7/12 : ENV ${upper(n)} ${v}`, v),
  },
  {
    source: "logs",
    id: "mybatis-parameters",
    write: (n, v) =>
      at(
        `==>  Preparing: UPDATE users SET ${
          snake(n)
        } = ? WHERE login = ?\n==> Parameters: ${v}(String), bob(String)`,
        v,
      ),
  },
  {
    source: "logs",
    id: "ftp-transcript",
    write: (_n, v) => at(`> USER bob\n< 331 Password required\n> PASS ${v}`, v),
  },
  { source: "logs", id: "login-call", write: (_n, v) => at(`> db.auth("reporting", "${v}")`, v) },
];

const PRINTED_BENIGN: readonly string[] = [
  '  ["password"]=>\n  NULL',
  '  ["request_id"]=>\n  string(36) "0d5c1f4e-8a7b-4c2d-9e3f-6a1b2c3d4e5f"',
  'creds={user: "bob", sha256: "5e1b0c6d9a8f7e2d3c4b5a69788776655443322110ffeeddccbbaa9988776655"}',
  "Field error in object 'form' on field 'password': rejected value [null]; codes [NotNull]",
  "amqps://bob:%24%7BDB_PASSWORD%7D@rabbit01.internal:5671/",
  "> PASS ********",
  'db.auth("reporting", passwordPrompt())',
];

/**
 * A provider's name as the key or just before the value, no key word (kingfisher's and
 * trufflehog's tests: `assemblyai = v`, `deepgram-api: v`, `asana :'v'`, `mailgun 'v'`), for
 * providers the engine's assigned detectors name; look-alikes put the name before words, a host,
 * a version, a uuid or a resource name. Their own random stream.
 */
const PROVIDER_NAMED_FORMS: readonly Form[] = [
  { source: "kingfisher", id: "provider-equals", write: (n, v) => at(`${n[0]} = ${v}`, v) },
  { source: "kingfisher", id: "provider-api-colon", write: (n, v) => at(`${n[0]}-api: ${v}`, v) },
  { source: "kingfisher", id: "provider-spaced-colon", write: (n, v) => at(`${n[0]} :'${v}'`, v) },
  { source: "trufflehog", id: "provider-quoted", write: (n, v) => at(`${n[0]} '${v}'`, v) },
  {
    source: "kingfisher",
    id: "provider-numbered-comparison",
    write: (n, v) => at(`${n[0]} token 1 == ${v}`, v),
  },
];
const PROVIDER_NAMES_WRITTEN = ["assemblyai", "deepgram", "mailgun", "asana", "wandb", "zendesk"];

const PROVIDER_NAMED_BENIGN: readonly string[] = [
  "mailgun delivered message 20260112 to 3 recipients",
  "POST https://api.mailgun.net/v3/mg.corp.test/messages 200",
  "twilio eastus2-prod-cluster-0001 ready",
  "deepgram 3f9a2c1e-7b4d-4e8a-9c6f-0d1e2b3a4c5d",
  "heroku release v1.24.3-build.20260112 deployed",
  "cloudflare /zones/8f14e45fceea167a5a36dedd4bea2543/dns_records",
  "cloudflare zones/8f14e45fceea167a5a36dedd4bea2543/dns_records",
  "heroku apps/web-4f3c2a1b9d7e/releases",
  "twilio 3 retries 20260112abcdef123456",
];

/** Writes PROVIDER_NAMED_FORMS for each of PROVIDER_NAMES_WRITTEN, a mixed or a hex value. */
function providerNamedCases(r: Rand, c: Corpus): void {
  for (const form of PROVIDER_NAMED_FORMS) {
    PROVIDER_NAMES_WRITTEN.forEach((name, k) => {
      const v = k % 2 === 0
        ? mixed(r, r.range(20, 40))
        : r.chars(r.range(32, 41), "0123456789abcdef");
      const { text, written } = form.write([name], v);
      c.add("secret", `${form.source}:${form.id}:generic`, text, [written]);
    });
  }
  for (const text of PROVIDER_NAMED_BENIGN) c.add("benign", "kingfisher:provider-look-alike", text);
}

/** Writes `forms` with PROSE_NAMES' generic values and the providers' samples (one in `stride`). */
function formCases(r: Rand, c: Corpus, stride: number, forms: readonly Form[]): void {
  const providers = providerValues();
  forms.forEach((form, f) => {
    PROSE_NAMES.forEach((name, k) => {
      const v = k % 2 === 0
        ? mixed(r, r.range(24, 40))
        : r.chars(r.range(32, 41), "0123456789abcdef");
      const { text, written } = form.write(name, v);
      c.add("secret", `${form.source}:${form.id}:generic`, text, [written]);
    });
    providers.forEach((p) => {
      if ((p.slot + f) % stride !== 0) return;
      const { text, written } = form.write([p.word, "token"], p.sample);
      c.add("secret", `${form.source}:${form.id}:${p.id}`, text, [written]);
    });
  });
}

/** The corpus; `stride` > 1 (the stored one: 12) puts each provider in a share of the forms. */
export function generateSyntax5(stride = 12): Case[] {
  const r = new Rand(20261207);
  const c = new Corpus();
  secretCases(r, c, stride);
  benignCases(c, stride);
  proseCases(new Rand(20261208), c, stride);
  formCases(new Rand(20261209), c, stride, QUALIFIED_FORMS);
  for (const text of QUALIFIED_BENIGN) c.add("benign", "prose:qualified-sentence", text);
  formCases(new Rand(20261210), c, stride, MARKDOWN_FORMS);
  for (const text of MARKDOWN_BENIGN) c.add("benign", "prose:markdown-label", text);
  formCases(new Rand(20261211), c, stride, HCL_FORMS);
  for (const text of HCL_BENIGN) c.add("benign", "hcl:variable", text);
  formCases(new Rand(20261212), c, stride, STRUCTURED_FORMS);
  for (const text of STRUCTURED_BENIGN) c.add("benign", "whispers:look-alike", text);
  formCases(new Rand(20261213), c, stride, CALL_FORMS);
  for (const text of CALL_BENIGN) c.add("benign", "semgrep:look-alike", text);
  formCases(new Rand(20261214), c, stride, GLUED_HOST_FORMS);
  for (const text of GLUED_HOST_BENIGN) c.add("benign", "whispers:glued-look-alike", text);
  formCases(new Rand(20261215), c, stride, ARRAY_FORMS);
  for (const text of ARRAY_BENIGN) c.add("benign", "whispers:array-look-alike", text);
  formCases(new Rand(20261216), c, stride, OBJECT_FORMS);
  for (const text of OBJECT_BENIGN) c.add("benign", "semgrep:object-variable", text);
  for (const text of CONSTANT_BENIGN) c.add("benign", "whispers:constant-name", text);
  for (const text of EMPTY_FLAG_BENIGN) c.add("benign", "whispers:empty-flag", text);
  for (const text of TEMPLATE_BENIGN) c.add("benign", "whispers:format-template", text);
  formCases(new Rand(20261217), c, stride, CONNECT_FORMS);
  for (const text of CONNECT_BENIGN) c.add("benign", "kingfisher:connect-look-alike", text);
  providerNamedCases(new Rand(20261218), c);
  formCases(new Rand(20261219), c, stride, PRINTED_FORMS);
  for (const text of PRINTED_BENIGN) c.add("benign", "logs:look-alike", text);
  return c.cases;
}

export const syntax5Text = (cases: readonly Case[]) =>
  cases.map((c) => JSON.stringify(c)).join("\n") + "\n";

if (import.meta.main) {
  const stride = Number(Deno.args[0] ?? 12);
  const cases = generateSyntax5(stride);
  const out = stride === 12
    ? SYNTAX5_FILE
    : new URL(`file:///tmp/secrets_syntax5_stride${stride}.jsonl`);
  await Deno.writeTextFile(out, syntax5Text(cases));
  const by = Map.groupBy(cases, (c) => c.kind);
  console.log(out.pathname, [...by].map(([k, v]) => `${k} ${v.length}`).join(", "));
}
