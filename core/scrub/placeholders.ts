/**
 * The global placeholder allowlist: a candidate secret that is only a template variable,
 * a mask, or a documentation stand-in is not a finding. Applied to the secret part of
 * every secret detector's candidate. Kept precise: it looks at the WHOLE candidate, so a
 * real key that merely contains `xxxx` or `EXAMPLE` is still masked.
 */

import { decodedView } from "./decoded_view.ts";
import { echoedLiteralAt } from "./kv/echoed_literal.ts";
import { isQuote } from "./kv/syntax.ts";

/** This engine's own pseudonym tokens, `[<detector id>:<10 hex>]` (see mask.ts). */
const PSEUDONYM_TOKEN = String.raw`\[[a-z0-9]+(?:-[a-z0-9]+)*:[0-9a-f]{10}\]`;

const TEMPLATE = new RegExp(
  [
    // ${VAR}, ${var:-default}; Grafana's $__file{PATH}, $__env{VAR}; FreeSWITCH's global
    // $${var}; Hiera's %{lookup('x')}, %{::fqdn}
    String.raw`(?:\$\$?(?:__\w+)?|%)\{[^}]{1,100}\}`,
    String.raw`\$\([^()]{1,200}\)`, // $(cat /run/secrets/token): a command's output
    // {{ x }}, and GitHub Actions' ${{ secrets.X }}: a whole value opened by `{{` and closed by
    // `}}` is a template's expression, braces inside it or not.
    String.raw`\$?\{\{.{1,100}\}\}`,
    // `${{` or `{{` alone: a template's opener, its expression cut off at its first blank
    // (`app/${{ secrets.DB_PASS }}@db`, read up to a blank)
    String.raw`\$?\{\{`,
    String.raw`\{%[^%]{1,100}%\}`, // {% x %}
    String.raw`#\{[^{}]{1,100}\}#?`, // #{ENV['TOKEN']} (Ruby, Octopus), #{Token}# (replace-tokens)
    // {password}, {db2_pass}, {0}: a format string's field, one run of digits in its name at
    // most (a random value in braces, `{Zq5kV1n8}`, has more); a blank inside each brace too
    // (`{ password }`, as templates write a stand-in)
    String.raw`\{ ?(?:[A-Za-z_][A-Za-z_.-]{0,63}(?:\d{1,3}[A-Za-z_.-]{0,60})?|\d{1,2}) ?\}`,
    String.raw`%%[A-Za-z_]\w{0,63}%%`, // %%DB_PASSWORD%%: a batch file's variable
    // %env(APP_SECRET)%, %env(resolve:DATABASE_URL)%: Symfony's environment variable, through
    // its processors
    String.raw`%env\([\w:]{1,100}\)%`,
    // {cipher}682bc5…, '{cipher}AQA8…': a value Spring Cloud Config's server encrypted (the
    // ciphertext; its key stays on the server)
    String.raw`\{cipher\}[\w+/=]{1,200}`,
    String.raw`<.{1,100}>`, // <token>, <your-api-key>: a whole value in angle brackets
    String.raw`%\(?[a-z_]{0,32}\)?[sd]`, // %s, %(password)s
    String.raw`\[(?:redacted|masked|hidden|filtered)[^\]]{0,100}\]`, // [REDACTED:…], [MASKED]
    // (sensitive value), (sensitive): Terraform's mark of a value it does not print
    String.raw`\(sensitive(?: value)?\)`,
    // A file that holds a secret, named by its path (`/run/secrets/db_password`, the mount of
    // Docker's and Kubernetes' secrets; `file:///etc/app/key`; Postfix's map
    // `hash:/etc/postfix/sasl_passwd`): an absolute path under `/run`, `/var` or `/etc`, a URL's
    // scheme or a map's type before it maybe (read when PLACEHOLDER_START has its first letter).
    // Where a secret is kept, not the secret; a random token does not start so.
    String.raw`(?:\w+:)?\/+(?:run|var|etc)\/[\w./-]+`,
    // Where a tool reads the value from: OpenSSL's `env:VAR` and `file:PATH` (`-passout`,
    // apksigner's `--ks-pass`), altool's `@keychain:ITEM` and `@env:VAR`, a CLI's `@FILE`
    // (`ibmcloud login --apikey @~/apikey.json`), the program Apache's `exec:PATH` runs
    // (`AuthLDAPBindPassword "exec:/usr/bin/ldap-pass"`).
    String.raw`@?(?:env|keychain):\w+|(?:file:|exec:|@)~?\.?\/[\w./-]+`,
    // A Windows path from its drive (`C:\ProgramData\app\key.pem`, `D:\\certs\\tls.pfx` as JSON
    // escapes it): where a secret is kept; no token has a `:\` (read when PLACEHOLDER_START has
    // the drive's letter: C, D, E, F do).
    String.raw`[a-z]:\\[\w .\\-]{1,200}`,
    // An HTTP header's name that carries a secret (`x-api-key`, `X-Vault-Token`, `x-auth-token`),
    // as an API gateway's key names list it: where a client sends the secret, not the secret.
    String.raw`x-[a-z-]{1,60}(?:key|token|secret|auth)`,
    // **REDACTED**, *masked*: a withheld word between asterisks, as tools print a mask
    String.raw`\*{1,3}(?:redacted|masked|hidden|filtered|omitted|censored|withheld)\*{1,3}`,
    PSEUDONYM_TOKEN,
    // xxxx, ****, ####, ....; `**` alone too, as Celery and kombu print a broker URL's password;
    // after a hash scheme's tag (`{SSHA}********`, as LDAP servers print a userPassword)
    String.raw`(?:\{[\w-]+\})?([xX*#._-])\1{2,}|\*\*`,
    // A value masked by a keyed digest (Vault's audit devices write every token so): the digest
    // of its algorithm's length, never the secret.
    String
      .raw`hmac-(?:sha1:[0-9a-f]{40}|sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})`,
  ].map((p) => `(?:${p})`).join("|"),
);
const WHOLE_TEMPLATE = new RegExp(`^(?:${TEMPLATE.source})$`, "i");
/**
 * A Terraform reference (`password = var.db_password`, as plans and errors quote HCL): its
 * keyword in lower case only, as HCL writes it, so a password like `Local.Admin1` is still one.
 */
const TERRAFORM_REFERENCE =
  /^(?:var|local|module)\.[A-Za-z_][\w-]{0,63}(?:\.[A-Za-z_][\w-]{0,63}){0,3}$/;
/**
 * A Terraform resource's attribute (`random_password.db.result`,
 * `aws_secretsmanager_secret_version.db.secret_string`, `tls_private_key.k[0].private_key_pem`):
 * a resource type, lower case with its provider's `_`, a name (an index maybe) and an attribute.
 */
const TERRAFORM_RESOURCE =
  /^(?:data\.)?[a-z][a-z0-9]{0,30}_[a-z0-9_]{1,80}\.[A-Za-z_][\w-]{0,63}(?:\[(?:\d{1,4}|"[\w.-]{1,64}")\])?\.[a-z_][a-z0-9_]{0,63}$/;
/**
 * `$VAR`, `$(VAR)`: upper case only, so a password like `$ecret1` is still a secret; one of them
 * or `${VAR}` before a path (`$BASE_URL/account/#/reset`, `${HOME}/.pgpass`): where it points.
 * `$$VAR` too: Compose's and Make's escape of `$`, the variable read when the command runs.
 */
const ENV_REFERENCE = /^\$\$?(?:\(?[A-Z_][A-Z0-9_]{0,63}\)?|\{\w{1,64}\}(?=\/))(?:\/\S*)?$/;
/**
 * A shell, PHP or PowerShell variable in lower or camel case named for a secret (`$db_password`,
 * `$accountKey`, `$Password`): words of letters joined by `_` or in camel case, no digit, one a
 * secret's word (`$$password`: Compose's escape of `$`); so `$ecret1` or `$uper$ecret` is still a
 * secret.
 */
const SECRET_VARIABLE =
  /^\$\$?[A-Za-z][a-z]{0,40}(?:_[a-z]{1,40}|[A-Z][a-z]{1,40}){0,8}$(?<=(?:pass(?:word)?|secret|token|key|pwd)\w{0,20})/i;
/**
 * A named bind parameter, where a statement's value will go (`:password`, `:reset_password_token`,
 * `@password_hash`, Oracle's `:b1`): words of letters, joined by `_` or in camel case, then at
 * most a short number; so `:s3cr3t` or `:Xk9pQ2` is still a secret.
 */
const BIND_PARAMETER = /^[:@][a-z]{1,40}(?:_[a-z]{1,40}|[A-Z][a-z]{1,40}){0,8}\d{0,3}$/;

/**
 * Words that stand for no value: stand-ins, booleans, and each runtime's empty value as its
 * printouts write it (`None`, `null`, `nil`, `undefined`; Perl's `undef`, Haskell's `Nothing`,
 * Julia's `nothing`).
 */
const STOPWORDS = new Set(
  ("changeme change-me change_me example redacted placeholder dummy none null nil undefined " +
    "undef nothing true false empty notset not-set unset todo tbd fixme").split(" "),
);

/**
 * A stand-in that tells the reader to put their own value there: `your_api_key_here`,
 * `your-token`, `insert_token`, `REPLACE_ME`, `replace-with-your-key`, `change-me-in-production`,
 * `CHANGE_THIS_PASSWORD`. Not `my…`: `mypassword`,
 * `my-token`, `mySecretKey` are values someone chose, as weak passwords and dev keys are, and a
 * log that holds one holds a credential (scanners' test sets label them secrets).
 */
const YOUR_SOMETHING =
  /^(?:(?:your|insert)[-_ ]?([a-z_-]{0,40})|(?:replace|change)[-_ ]?(?:me|with|this)[-_ ]?([a-z_-]{0,40}))$/i;
/**
 * Words that say where a value goes (`my-auth-token-here`, `token_goes_here`, `PUT_KEY_HERE`):
 * letters only, joined by `-`, `_` or blanks, the last word `here`.
 */
const HERE_STAND_IN = /^[a-z]{1,20}(?:[-_ ][a-z]{1,20}){0,7}[-_ ]here$/i;
/**
 * Letters in random case in what follows a YOUR_SOMETHING's first words (`your`, then
 * `nlpGNWvDFg…`), which no stand-in written in words has: a random letters-only token that happens
 * to begin with `your` stays a secret (`YOURe`, `YOUR_API_KEY` are stand-ins).
 */
const RANDOM_CASE = /[A-Z]{2}[a-z]|[a-z][A-Z]{2}/;

/** Whether `value` is a YOUR_SOMETHING stand-in written in words (RANDOM_CASE). */
function isYourSomething(value: string): boolean {
  const m = YOUR_SOMETHING.exec(value);
  return m !== null && !RANDOM_CASE.test(m[1] ?? m[2] ?? "");
}

/**
 * What a tool writes in place of a value it withholds, in capitals joined by `_`, `*` or blanks:
 * CloudTrail's `HIDDEN_DUE_TO_SECURITY_REASONS`, Ansible's `VALUE_SPECIFIED_IN_NO_LOG_PARAMETER`,
 * `SENSITIVE_VALUE_OMITTED`, Windows Setup's `*SENSITIVE*DATA*DELETED*`, Nextcloud's
 * `***REMOVED SENSITIVE VALUE***` (its first word alone where a value ends at a blank). 8 to 80
 * of them, at least one `_` or `*`, and one of these words; a secret in capitals has a digit or
 * no such word (`HIDDEN_K9X2_SECURITY_Q7`, `HIDDENSECRETVALUEXYZ`).
 */
const WITHHELD_WORD =
  /HIDDEN|REDACTED|MASKED|SENSITIVE|OMITTED|FILTERED|CENSORED|WITHHELD|SUPPRESSED|SPECIFIED|REMOVED/;

/**
 * A variable's name in capitals that names a secret (`DB_PASSWORD`, `STRIPE_API_KEY`,
 * `API_KEY_2`, `NONPROD_APITOKEN`, `PASSWORD` alone as in `read -p "Password: " PASSWORD`): words
 * of capitals joined by `_`, one of them a secret's word, a number only as the last word; so
 * `HIDDEN_K9X2_Q7` or `PASSWORD9X_Q7` is still a secret.
 */
const SECRET_VARIABLE_NAME =
  /^(?:[A-Z]{1,24}_){0,6}(?:PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|TOKEN|SECRET|KEY|API(?:KEY|TOKEN)|CREDENTIALS?|AUTH)(?:_[A-Z]{1,24}){0,6}(?:_\d{1,3})?$/;

/** True when `value` is a withheld-value marker (WITHHELD_WORD). */
function isWithheld(value: string): boolean {
  if (value.length < 8 || value.length > 80) return false;
  let joined = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x5f || c === 0x2a) joined = true;
    else if (c !== 0x20 && (c < 0x41 || c > 0x5a)) return false;
  }
  return joined && WITHHELD_WORD.test(value);
}

/**
 * An Amazon Resource Name (`arn:aws:secretsmanager:…:secret:app/db`): where a secret is kept. Its
 * account is 12 digits, none, or `aws` for a policy AWS manages (`arn:aws:iam::aws:policy/…`).
 */
const ARN =
  /^arn:aws[a-z-]{0,20}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:(?:\d{12}|aws)?:[\w/:+=,.@-]{1,400}$/;

/**
 * A Java object's default printout (`android.os.BinderProxy@2bd79ce`): its package in lower
 * case, its class, and its identity hash in at most 8 hex digits.
 */
const JAVA_OBJECT = /^(?:[a-z][a-z0-9_]{0,30}\.){1,10}[A-Z][\w$]{0,80}@[0-9a-f]{1,8}$/;

/**
 * A Java array's default printout after its `[` (`[C@5e9f23b4`: a `char[]` password logged
 * whole prints so, `[B@…` a `byte[]`): its element type's letter and its identity hash.
 */
const JAVA_ARRAY = /^[BCDFIJSZ]@[0-9a-f]{1,8}$/;

/**
 * A secret store's reference, resolved when the process starts: 1Password's `op://vault/item/field`
 * (`op run`, `op inject`), Bank-Vaults' `vault:secret/data/app#key`.
 */
const SECRET_REFERENCE = /^(?:op:\/\/[^\s/]+\/[^\s/]+\/\S+|vault:[\w./-]+#\w+)$/;

/**
 * What a placeholder is wrapped in, judged without it: a backslash before `$` (`\$API_TOKEN`, as
 * `declare -x` prints an escaped `$`), T-SQL's `N` before a quoted string (`N'$(DB_PASS)'`), an
 * authorization's scheme (`Bearer ${TOKEN}`, FCM's `key=<server key>`). The secret's own text
 * still decides: `Bearer ghp_…`, `N's3cret'` and `\$ecret` are no placeholders.
 */
const WRAPPED = /^(?:\\(?=\$)|N(?=')|bearer |key=)(.+)$/i;

/** A Terraform resource's attribute, an ARN or a Java object's printout (a lower-case start). */
function namesLowerCase(value: string): boolean {
  if (value.length > 450) return false;
  if (value.startsWith("arn:")) return ARN.test(value);
  if (SECRET_REFERENCE.test(value)) return true;
  if (value.includes("@")) return JAVA_OBJECT.test(value);
  return value.includes(".") && TERRAFORM_RESOURCE.test(value);
}

/** True when `value` is a secret variable's name (SECRET_VARIABLE_NAME), or its word alone. */
const isSecretVariableName = (value: string) =>
  value.length <= 120 && (value.length <= 11 || value.includes("_")) &&
  SECRET_VARIABLE_NAME.test(value);

/**
 * A CloudFormation reference quoted whole as a value (`"!Ref 'DbPassword'"`, as JSON or an element
 * holds the YAML tag): the name of a parameter, a resource's attribute or an export.
 */
const QUOTED_REFERENCE = /^!(?:Ref|GetAtt|ImportValue) ['"]?[A-Za-z][\w.:-]*$/;

/** PLACEHOLDER_START's flags: a placeholder form below may start here; a withheld marker may. */
const FORM = 1, MARKER = 2;

/**
 * What a placeholder can start with. FORM (either case): the first characters of the stop words,
 * of YOUR_SOMETHING (your, insert, replace), of ENV_REFERENCE, of each TEMPLATE form (`h`
 * for hmac-), of TERRAFORM_REFERENCE (`v`, `l`, `m`), of BIND_PARAMETER (`:`, `@`), of a PEM
 * envelope (`-`) and of QUOTED_REFERENCE (`!`); MARKER: a
 * capital, `_` or `*` (isWithheld). Keep it with them: a candidate starting otherwise is no
 * placeholder, which spares most candidates (random tokens) every test below at one lookup.
 */
const PLACEHOLDER_START = (() => {
  const table = new Uint8Array(128);
  for (
    const c of [
      ..."yir" + "$" + "{<%[xX*#._-(/" + "h" + "vlm" + ":@" + "!",
      ...[...STOPWORDS].map((word) => word[0]),
    ]
  ) {
    table[c.toLowerCase().charCodeAt(0)] |= FORM;
    table[c.toUpperCase().charCodeAt(0)] |= FORM;
  }
  for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZ_*") table[c.charCodeAt(0)] |= MARKER;
  return table;
})();

/**
 * A stand-in that shows only a token's prefix or a word, then an ellipsis (`sk_live_...`,
 * `ghp_…`, as usage messages and documentation write them): letters with `_` or `-` between
 * them and no digit, so a value cut after some of its random part is still a secret.
 */
const PREFIX_AND_ELLIPSIS = /^[A-Za-z]{1,12}(?:[_-][A-Za-z]{1,12}){0,3}[_-]?(?:\.{3}|\u2026)$/;

/**
 * A token's prefix then a mask of `x`, `X` or `*` (`AKIAXXXXXXXXXXXXXXXX`, `ghp_xxxx…`,
 * `A3-XXXXXX-XXXXX-…`, `sk-****…`), as documentation writes a token it does not show: a prefix of
 * 4 to 8 letters or digits, or of 1 to 8 ended by `-`, `_` or `.`, then 12 to 64 mask characters
 * and `-`. A random token never has such a run. (Two letters glued to the mask, Twilio's
 * `SKxxxx…`, stay a finding: scanners' tests write keys so.)
 */
const MASKED_TAIL = /^(?:[^\W_]{3,7}[^\W_xX]|[^\W_]{1,8}[-_.])[xX*-]{12,64}$/;

/**
 * One letter typed 3 to 200 times (`yyy`, `aaaaaaaa`, as `curl --user "xxx:yyy"` writes a
 * user and password it does not show): a stand-in, as `xxxx` is; no generator writes one.
 */
const REPEATED_LETTER = /^([a-z])\1{2,199}$/i;

/**
 * A stand-in typed as lower-case letters and digits in turn, the letters a run of the alphabet
 * (`a1b2c3…`, groups reversed too: `d4c3b2a1-f6e5-…`), after at most three short words
 * (`px-api-`) and before at most four capitals: 12 letters or more, each once, together a run
 * with no gap. A random token has no such run (./placeholder_interleaved_runs_test.ts).
 */
const INTERLEAVED = /^(?:[a-z]{1,8}[-_]){0,3}((?:[a-z]\d|\d[a-z]|-)+)[A-Z]{0,4}$/;

function isInterleavedRun(value: string): boolean {
  const letters = INTERLEAVED.exec(value)?.[1].replace(/[\d-]/g, "");
  return letters !== undefined && letters.length > 11 &&
    "abcdefghijklmnopqrstuvwxyz".includes([...letters].sort().join(""));
}

/**
 * What is trimmed from both ends of a candidate before it is judged: the quotes (./kv/syntax.ts
 * isQuote), and `^`, cmd's escape before a quote (`-H ^"authorization: Bearer ********^"`, as a
 * browser's "Copy as cURL (cmd)" writes).
 */
const isTrimmed = (code: number) => isQuote(code) || code === 0x5e;

/** True when `candidate` (a secret part, quotes trimmed) is a placeholder, not a secret. */
export function isPlaceholder(candidate: string): boolean {
  let start = 0, end = candidate.length;
  while (start < end && isTrimmed(candidate.charCodeAt(start))) start++;
  while (end > start && isTrimmed(candidate.charCodeAt(end - 1))) end--;
  if (start === end) return true;
  // The candidate itself when no quote was trimmed (slice returns it then).
  const value = candidate.slice(start, end);
  const last = value.charCodeAt(value.length - 1);
  if (
    (last === 0x2e || last === 0x2026) && value.length <= 60 && PREFIX_AND_ELLIPSIS.test(value)
  ) return true;
  if ((last === 0x58 || last === 0x78 || last === 0x2a) && MASKED_TAIL.test(value)) return true;
  const first = value.charCodeAt(0);
  if (value.charCodeAt(1) === first && REPEATED_LETTER.test(value)) return true;
  if (isInterleavedRun(value)) return true;
  if ((last | 0x20) === 0x65 && value.length <= 60 && HERE_STAND_IN.test(value)) return true;
  if (first >= 0x61 && first <= 0x7a && namesLowerCase(value)) return true;
  if (value.charCodeAt(1) === 0x40 && JAVA_ARRAY.test(value)) return true;
  const wrapped = WRAPPED.exec(value);
  if (wrapped !== null && isPlaceholder(wrapped[1])) return true;
  const starts = first < 128 ? PLACEHOLDER_START[first] : 0;
  if (starts === 0) return false;
  // A stand-in percent-encoded, as a URL's query or user info carries one (`%7B%7B%20token%20%7D%7D`,
  // `%24%7BDB_PASSWORD%7D`, `%5BFILTERED%5D`): judged as the decoded view reads it. (`%s` and
  // `%(password)s` have no view, and are judged as they are, below.)
  if (first === 0x25) {
    const decoded = decodedView(value)?.text;
    if (decoded !== undefined && decoded !== value && isPlaceholder(decoded)) return true;
  }
  if ((starts & MARKER) !== 0 && (isWithheld(value) || isSecretVariableName(value))) return true;
  if ((starts & FORM) === 0) return false;
  if (value.length <= 20 && STOPWORDS.has(value.toLowerCase())) return true;
  if (isYourSomething(value) || ENV_REFERENCE.test(value)) return true;
  if (first === 0x24 && value.length <= 200 && SECRET_VARIABLE.test(value)) return true;
  if (TERRAFORM_REFERENCE.test(value)) return true;
  if (value.length <= 400 && BIND_PARAMETER.test(value)) return true;
  if (first === 0x21 && QUOTED_REFERENCE.test(value)) return true;
  // `$(echo v)`, `$(printf '%s' v)`: the literal printed is the value, a placeholder only as it is.
  const echoed = echoedLiteralAt(value, 0);
  if (echoed !== null && echoed[2] === value.length) {
    return isPlaceholder(value.slice(echoed[0], echoed[1]));
  }
  if (value.length <= 200 && WHOLE_TEMPLATE.test(value)) return true;
  const inside = value.length <= 400 ? PEM_ENVELOPE.exec(value) : null;
  return inside !== null && isPlaceholder(inside[1]);
}

/**
 * A PEM envelope around one short piece (line breaks as escapes or blanks): a key or certificate
 * logged with its body already replaced (`-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END …`)
 * is a placeholder when that piece is one.
 */
const PEM_ENVELOPE =
  /^-----BEGIN [A-Z0-9 ]{1,60}-----(?:\\[rn]|\s){0,4}([^\n]{1,200}?)(?:\\[rn]|\s){0,4}-----END [A-Z0-9 ]{1,60}-----(?:\\[rn]|\s){0,4}$/;

/** Where this engine's own output tokens are in a line, so re-scrubbing leaves them alone. */
export const MASK_TOKEN = new RegExp(
  String.raw`\[REDACTED:[a-z0-9-]+(?: …[0-9A-Za-z]{1,4})?\]|${PSEUDONYM_TOKEN}`,
  "g",
);
