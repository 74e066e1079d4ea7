/**
 * Secret-named keys: what a key's name says its value is. One place for the rules the generic
 * credential detectors share (../detectors/generic_credentials.ts):
 *
 * - `password`: a name ending in `password(s)`, `passwd`, `passphrase` (`pass_phrase` in OCI's
 *   config) or PAM's `authtok` (`PGPASSWORD`, `keyStorePassword`, SSSD's `ldap_default_authtok`),
 *   or in `pass`, `pwd`, `pw` or a pre-shared key's `psk` as a word of its own (`smtp_pass`,
 *   `smtpPass`, `DB_PW`, wpa_supplicant's `psk`, hostapd's `wpa_psk`; not `bypass`) or `pwd`
 *   glued to a short word (`dbpwd`), the variables tools read a password from (`SSHPASS` for
 *   `sshpass -e`, `REDISCLI_AUTH` for `redis-cli`, Redis's `requirepass`), and an SNMP community
 *   (`community_string`);
 * - `secret`: a name ending in `secret`, `token`, `credential(s)`, `secret_key_base`, a secret's
 *   `secret_string`/`SecretString` (`_value`, `_binary`: AWS Secrets Manager's), or an API,
 *   access, private, signing … key (`client_secret`, `_authToken`, `SOFTLAYERAPIKEY`; SNMPv3's
 *   `authKey`, `privKey`, `privacy_key`; LoRaWAN's root and session keys, `AppKey`, `AppSKey`,
 *   `NwkKey`, `NwkSKey`, `FNwkSIntKey`, `NwkSEncKey`, as `AT+APPSKEY=` sets them), or an
 *   application's salt for its hashes and tokens (Drupal's `hash_salt`, WordPress's `NONCE_SALT`,
 *   `AUTH_SALT`, Strapi's `API_TOKEN_SALT`, Nextcloud's `passwordsalt`: not a salt stored beside
 *   one password, `password_salt`), and the verifier an OAuth client proves a code is its own with
 *   (PKCE's `code_verifier`, OAuth 1.0's `oauth_verifier`), a JWT section's `Key` in ASP.NET
 *   Core's environment spelling (`Jwt__Key`, `JwtSettings__Key`: the key tokens are signed with),
 *   Bundler's per-host credentials (`BUNDLE_GEMS__EXAMPLE__COM`), and a personal access token
 *   named `PAT` after another word (`GH_PAT`, `AZURE_DEVOPS_PAT`, `atlassian_PAT`; in lower case
 *   only after a code host's or an Atlassian product's name, `github_pat`, `ado-pat`,
 *   `confluence_pat`: `file_pat` is a pattern);
 * - `key`: any other `…_key` (`ibm_cloud_key`, `adminKey`) or `…_oauth` (`sonar.github.oauth`),
 *   or `auth`, `cred`, `creds` as a word of their own (`x-auth`, `_auth`);
 *
 * a number ending a name is no part of what it says (`DB_PASSWORD_2`, `api_token_123`), nor are one
 * to three words after a password, secret or API key naming which one it is (`password_secure`,
 * `apikey_myservice`; QUALIFIED_NAME), unless one says what the name is about (`secret_name`); except
 * names whose values are not secrets though they say key or token: page and continuation
 * tokens, token counts, cache, partition, routing and idempotency keys …
 */

export type KeyKind = "password" | "secret" | "key";

/**
 * `password`, `passwd`, `passphrase` (also `pass_phrase`), `passcode`, PAM's `authtok` (the
 * password a module is given), Yarn's `npmAuthIdent` (a registry's `user:password`), and their
 * confirmations (`password_confirmation`).
 */
const PASSWORD_WORD =
  /(?:passwords?|passwd|pass[_.-]?phrase|passcode|authtok|auth[_.-]?ident)(?:[_.-]?confirm(?:ation)?)?$/;
/**
 * In the snake-case spelling: `pass`, `pwd`, `pw`, `psk` (a pre-shared key: `wpa_psk`) as a word
 * of their own, or their shortened spellings `passw`, `pword`, `pwrd`, `pswd` (`DB_PSWD`; not
 * `psw`, a processor's status word: s390's `Krnl PSW : 0704c0…`); or
 * `pwd` or `pw` glued to one short word before it (`dbpwd`, `ROOTPWD`, LDAP's `bindpw` and
 * `rootpw`: no English word ends so), not the shell's `OLDPWD` (a directory); or `pass` glued
 * to whose it is (`userpass`, `DBPASS`, `rootpass`: a JDBC URL's or a realm's; Joomla's `smtppass`,
 * `ftppass`), not to any word (`bypass`, `compass`).
 */
const SHORT_PASSWORD_WORD =
  /(?:^|[^a-z])(?:passw?|pw(?:d|o?rd)?|pswd|psk)$|(?:^|[^a-z])(?!old)[a-z]{1,12}pwd?$|(?:^|[^a-z])(?:user|db|root|admin|smtp|ftp)pass$/;
/**
 * Other languages' words for a password that start with no `pass` (`kennwort`, `wachtwoord`,
 * `contraseña`, `senha`, `hasło`, `heslo`, `salasana`, `lösenord`, `şifre`, Turkish and Romanian
 * `parola`, Estonian `parool`, Danish `adgangskode`, Hungarian `jelszó`, Croatian and Serbian
 * `lozinka`, Slovene `geslo`, Lithuanian `slaptažodis`, Indonesian `kata_sandi`, `пароль`), as
 * alternatives of a pattern, each written from the word the key-word scan finds it by: its letters
 * before a group, a class or a `_` (./assignments.ts FOREIGN_PASSWORD_LEADS, which KEY_END's
 * matches start with). One list for KEY_END, its leads and FOREIGN_PASSWORD_WORD.
 */
export const FOREIGN_PASSWORDS: readonly string[] = (
  "kennwort wacht(?:woord) contrase[nñ]a senha haslo hasło heslo salasana losenord lösenord " +
  "sifre şifre parola parool adgang(?:skode) jelsz[oó] lozinka geslo slapta[zž]odis " +
  "kata_?sandi пароль"
).split(" ");

/**
 * Other languages' word for a password as a name's last word: FOREIGN_PASSWORDS, and those that
 * start with `pass` (`passwort`, `DB_PASSWORT`, Norwegian `passord`; `motDePasse`).
 */
const FOREIGN_PASSWORD_WORD = new RegExp(
  `(?:^|[_.-])(?:passwort|mot_?de_?passe|passord|${FOREIGN_PASSWORDS.join("|")})$`,
);
/**
 * Variables and settings a tool reads a password from: sshpass's `SSHPASS`, redis-cli's
 * `REDISCLI_AUTH`, Redis's `requirepass` and `masterauth`, a Source game server's login token
 * (`sv_setsteamaccount`).
 */
const TOOL_PASSWORD_VARIABLE =
  /^(?:sshpass|rediscli_auth|requirepass|masterauth|sv_setsteamaccount)$/;
/**
 * An SNMP community, the password of SNMP v1 and v2c: `community`, `community_string(s)`,
 * `snmp_community`, net-snmp's `rocommunity`/`rwcommunity`, `trap_community`.
 */
const SNMP_COMMUNITY =
  /(?:^|[^a-z])(?:snmp|ro|rw|read|write|trap)?[_.-]?community(?:[_.-]?strings?)?$/;
const SECRET_WORD =
  /(?:secrete?|token|credentials?|secret[_.-]?key[_.-]?base|secret[_.-]?(?:string|value|binary)|(?:api|access|private|secret|master|signing|encryption|account|auth|client|apps?|nwks?(?:int|enc)?|session|license|priv|privacy|authentication)[_.-]?key|(?:hash|token|nonce|auth|logged_in|security)[_.-]?salt|passwordsalt|(?:code|oauth)[_.-]?verifier|jwt\w{0,24}__key)$/;
/**
 * In the snake-case spelling: any `…_key` (or a list of them, Strapi's `APP_KEYS=k1,k2`) or
 * `…_oauth`, or `auth`, `cred`, `creds` as a word of their own.
 */
const KEY_WORD = /[a-z0-9][_.-](?:keys?|oauth)$|(?:^|[_.-])(?:auth|creds?)$/;
/**
 * `PAT` (a personal access token) in upper case after another word in any case: `GH_PAT`,
 * `ADO_PAT`, `atlassian_PAT`, `wiki_PAT`, or glued to a camel-case word (`GitHubPAT`, `myPAT`);
 * a pattern is never spelled so.
 */
const UPPER_PAT = /(?:[A-Za-z0-9][_.-]|[a-z])PAT$/;
/**
 * Code hosts' names (GitHub and its Enterprise, GitLab, Azure DevOps, Hugging Face); `GitHub` and
 * `GitLab` as camel case splits them (`git_hub`).
 */
const CODE_HOSTS = "gh|ghe|git_?hub|git_?lab|ado|devops|hf";
/**
 * `pat` in any case after a code host's name: `github_pat`, `gitlab-pat`, `ado_pat`, `hfPat`,
 * GitHub Enterprise's `ghe_pat` or git's own `git-pat`; or after the name of an Atlassian product
 * whose Data Center issues personal access tokens (`jira_pat`, `confluencePat`, `bitbucket-pat`);
 * or of another service that issues them under that name (`databricks_pat`, `dockerhub-pat`,
 * `figmaPat`, `tableau_pat`, Snowflake's programmatic `snowflake_pat`).
 */
const HOST_PAT = new RegExp(
  `(?:^|[_.-])(?:${CODE_HOSTS}|git|atlassian|jira|confluence|bitbucket|databricks|docker(?:hub)?|figma|tableau|snowflake)[_.-]?pat$`,
);
/**
 * `key` glued to a code host's name, the hosts HOST_PAT knows but git's own (`GITHUBKEY`,
 * `gitlabkey`, `GHKEY`): a key as `GITHUB_KEY` is; no other word glued to `key` (`monkey`,
 * `hockey`, `turkey`).
 */
const HOST_KEY = new RegExp(`(?:^|[_.-])(?:${CODE_HOSTS})key$`);
/**
 * A password's name then `token` or `secret` (`db_password_token`, `DB_PASSWORD_SECRET`, as
 * generated configs name a password): a password, short as it may be. (`…PasswordKey` is not one:
 * Helm charts name so the key a Secret keeps the password under.)
 */
const PASSWORD_TOKEN = /passw(?:or)?d_(?:token|secret)$/;
const BUNDLER_CREDENTIALS = /^bundle_(?!mirror__|build__)[a-z0-9_]*__[a-z0-9_]+$/;

/**
 * Secret-named keys whose values are not secrets: page tokens, token counts, cache keys …, .NET's
 * `PublicKeyToken` (a hash of an assembly's public key), Apple crash reports' `crashReporterKey`
 * (a device's anonymous id), accessors (`n.getKey`, `setKey`), git's `user.signingkey` (a key
 * id, or a public key or its path), and a public key shortened (`pubKey`, Bitcoin's
 * `scriptPubKey`).
 */
export const NOT_SECRET_KEY =
  /(?:^|[_.-])(?:user\.signing|get|set|has|find|load|read|make|page|next|continuation|pagination|sync|resume|cancel(?:lation)?|max|prompt|completion|total|cache|partition|primary|foreign|sort|routing|object|idempotency|dedupe?|message|pub(?:lic)?(?:[_.-]?key)?|publishable|row|hash|shard|lookup|index|unique|group|trace|span|request|host|bucket|file|event|job|task|lock|metric|label|tag|column|field|table|map|s3|reporter)[_.-]?(?:token|key|auth|creds?|signature)$/;

/**
 * Names that point at a secret kept elsewhere, their value its name or where to load it from: a
 * Helm chart's `existingSecret: db-credentials`, systemd's `LoadCredential=ID:PATH` and
 * `ImportCredential=GLOB`, `envFromSecret`. (systemd's `SetCredential=ID:VALUE` holds one.)
 */
const SECRET_REFERENCE = /(?:^|[_.-])(?:existing|load|import|from)[_.-]?(?:secret|credentials?)$/;

/**
 * A one-way digest of a secret, named so (`hashed_secret` in detect-secrets' baselines,
 * `hashedToken`): not the secret. A password's hash is still a password's name (checked first).
 */
const HASHED_NAME = /(?:^|[_.-])hashed[_.-]/;

/**
 * The key as one spelling: lower case, with a `_` where camel case starts a word (`dbPassword`
 * → `db_password`), and without the `-`, `--`, `$` or `@` before it.
 */
export function snakeName(key: string): string {
  return key.replace(/^[-$@:]+/, "").replace(/([a-z0-9])(?=[A-Z])/g, "$1_").toLowerCase();
}

/**
 * Kinds of the names seen last: logs repeat the same few key names on every line. Emptied when
 * full, so that it stays small whatever the input.
 */
const KINDS = new Map<string, KeyKind | null>();
const MAX_KINDS = 4096;

/** What the name `key` says its value is, or null when it names no secret. */
export function keyKind(key: string): KeyKind | null {
  let kind = KINDS.get(key);
  if (kind === undefined) {
    if (KINDS.size >= MAX_KINDS) KINDS.clear();
    KINDS.set(key, kind = kindOf(key));
  }
  return kind;
}

/** `ask-`, `ask_` or `ask.` starting a name: a prompt's flag. */
const ASK_FLAG = /^ask[_.-]/;

/**
 * A password, secret or API key word followed by one to three words saying which one it is
 * (`password_super_secure`, `the_password_tag`, `apikey_myservice`, `todo_secret_do_not_commit`;
 * `secrete` is a spelling scanners' keyword lists know); not words saying what the name is about
 * instead: the secret's id, name or where it is kept, its rules, dates and states (`…ed`, `…ion`,
 * `…time`, `password_last_set`), how it is hashed or checked (`password_scheme`, `password_encoder`,
 * `password_strength`), the form field or prompt asking for it, how it is sent (OAuth's
 * `client_secret_post` is a method's name). (Numbers such as `password_min_length`'s are no
 * password or secret value: such words need no listing.)
 */
const QUALIFIED_NAME =
  /(?:(password)|secrete?|api_?key)(?:_(?!(?:ids?|names?|arn|ref|path|file|url|uri|type|policy|rules?|hash|salt|reset|hint|field|label|header|post|basic|jwt|auth|store|source|storage|backend|provider|manager|scheme|algorithm|encoders?|hashers?|validators?|strength|complexity|prompt|check|mode|last(?=_[a-z])|expir[a-z]*|[a-z]*(?:ed|ion|at|time|date))(?:_|$))[a-z0-9]+){1,3}$/;

/**
 * A word glued in camel case after a name saying it is that thing's value or text
 * (`myApiKeyValue`, `dbPasswordText`, `apiKeyStr`): no part of what the name says. Other last
 * words name something else (`dbPasswordHash`, `apiKeyId`, `tokenExpiry`), judged as they are.
 */
const VALUE_SUFFIX = /(?<=[a-z0-9])(?:Value|Str|String|Text)$/;
/**
 * An environment's name glued to an upper-case name or after its `_` (`STRIPEAPIKEYPROD`,
 * `SENDGRIDAPIKEY_LIVE`, `SLACKTOKEN_V2`), or after a lower-case name's `_` (`slack_token_dev`;
 * not `_test`: `token_test` names a test): no part of what the name says (NAME_SUFFIXES).
 */
const ENV_SUFFIX = String
  .raw`(?<=[A-Z])_?(?:PROD|LIVE|TEST|DEV|STAGING|SANDBOX|(?<!DE)V\d)|_(?:prod|live|dev|staging|sandbox|v\d)`;
/**
 * What ends a name without being part of what it says, one pattern for both orders: an
 * environment's name (ENV_SUFFIX), a number (`DB_PASSWORD_2`, `api_token_123`, `password1`: a
 * name's copy), or both (`SECRETKEY_PROD2`, `API_KEY_STAGING_2`, `TOKEN_V2_3`; `DEV3`'s `V3` is
 * no version). As taking off an environment's name, then a number, then an environment's name
 * again: a number takes a version's digit when its 1-4 digits reach it (`TOKEN_V12`, `KEY_V1_V2`
 * keep `_V`).
 */
const NAME_SUFFIXES = new RegExp(
  String
    .raw`(?:(?:${ENV_SUFFIX})(?!(?<=\d)\d{0,3}(?:${ENV_SUFFIX})?$))?(?:[_-]?\d{1,4})?(?:${ENV_SUFFIX})?$`,
);
/**
 * `KEY` glued in upper case to a service's name, an environment's name or a number after it
 * (`SLACKKEYSTAGING`, `TWILIOKEY_PROD2`, `STRIPEKEY2`): a key; without one, or an English word
 * ending so (`MONKEY`, `HOCKEYTEST`, `TURNKEY_2`), no name of a key.
 */
const UPPER_GLUED_KEY = /^[A-Z\d_]*[A-Z]{3}(?<![MD]ON|TURN?|[HJ]OC|WHIS|LAC|HOT)KEY$/;

/**
 * The host a dotted setting names after its secret's word, as Hadoop's and Spark's per-account
 * settings do (`fs.azure.account.key.ACCOUNT.dfs.core.windows.net`, `….client.secret.ACCOUNT…`):
 * a dotted host name ending in a top-level domain, after `key`, `secret`, `password` or `token`
 * (../kv/assignments.ts KEY_END reads it as the name's end: its `.` tried first, so that the
 * words before are looked back at only where one follows, not at every key word's end).
 */
export const HOST_AFTER_KEY = String
  .raw`\.(?<=(?:key|secret|password|token)\.)[\w-]+(?:\.[\w-]+)+\.(?:net|com|org|io|cn)`;
const HOST_AFTER_KEY_END = new RegExp(HOST_AFTER_KEY + "$", "i");

/**
 * The name without the host it names (HOST_AFTER_KEY), its suffixes (NAME_SUFFIXES) and the word
 * saying it is a value (VALUE_SUFFIX).
 */
const bareName = (name: string) =>
  name.replace(HOST_AFTER_KEY_END, "").replace(NAME_SUFFIXES, "").replace(VALUE_SUFFIX, "");

/** A password's own word ends the name (`lower`, `snake`: its spellings), in any language. */
const passwordWord = (lower: string, snake: string) =>
  PASSWORD_WORD.test(lower) || SHORT_PASSWORD_WORD.test(snake) || FOREIGN_PASSWORD_WORD.test(snake);

/**
 * A password's name whose last word is a password's own (`password`, `DB_PASS`, `pswd`, `bindpw`,
 * `passwort`, `DB_PASSWORD_PROD`), not a word saying something about one (`password_status`) nor
 * an SNMP community or a tool's variable: where a phrase of words quoted whole is a passphrase.
 */
export function namesOwnPassword(name: string): boolean {
  const spelt = spellings(name);
  return spelt !== null && passwordWord(spelt.lower, spelt.snake);
}

/**
 * The name without its suffixes (bareName) as written, in small letters and in snake case; null
 * for a flag that asks for the password at a prompt (`--ask-password`, Ansible's `--ask-pass`,
 * `--ask-become-pass`), which holds none.
 */
function spellings(name: string): { key: string; lower: string; snake: string } | null {
  const key = bareName(name), snake = snakeName(key);
  return ASK_FLAG.test(snake) ? null : { key, lower: key.toLowerCase(), snake };
}

function kindOf(name: string): KeyKind | null {
  const spelt = spellings(name);
  if (spelt === null) return null;
  const { key, lower, snake } = spelt;
  // (Where VALUE_SUFFIX took a word off, `key` ends in no `KEY`: UPPER_GLUED_KEY's is a suffix's.)
  const suffixed = key !== name;
  if (
    passwordWord(lower, snake) || TOOL_PASSWORD_VARIABLE.test(snake) || SNMP_COMMUNITY.test(snake)
  ) {
    return "password";
  }
  if (BUNDLER_CREDENTIALS.test(snake)) return "secret";
  if (NOT_SECRET_KEY.test(snake) || SECRET_REFERENCE.test(snake) || HASHED_NAME.test(snake)) {
    return null;
  }
  if (PASSWORD_TOKEN.test(snake)) return "password";
  if (SECRET_WORD.test(lower) || UPPER_PAT.test(key) || HOST_PAT.test(snake)) return "secret";
  if (KEY_WORD.test(snake) || HOST_KEY.test(snake) || suffixed && UPPER_GLUED_KEY.test(key)) {
    return "key";
  }
  const qualified = QUALIFIED_NAME.exec(snake);
  return qualified === null ? null : qualified[1] === undefined ? "secret" : "password";
}

/**
 * The names web frameworks give their session cookie (Django's `sessionid`, Java's
 * `JSESSIONID`, PHP's `PHPSESSID`, ASP.NET's, Express's `connect.sid`, Laravel's and Rails's
 * `_app_session`): the value is the session itself, a credential. Only these spellings: logs
 * write `session_id=` and `"sessionId"` for ids that trace a session, not to resume it.
 */
export const SESSION_COOKIE_NAME =
  /^(?:sessionid|JSESSIONID|PHPSESSID|ASP\.NET_SessionId|connect\.sid|laravel_session|_[a-z][a-z0-9_]{0,40}_session)$/;

/** The names last judged by keyKindAt, by a hash of a few of their characters: the slot's name. */
const SEEN = new Array<string | undefined>(512);
/** What each of them says (keyKind). */
const SEEN_KINDS = new Array<KeyKind | null>(512).fill(null);

/**
 * keyKind of the name `line[start, end)`, without copying it out of the line when it is a name
 * judged lately (logs repeat their keys on every line): kept in one of 512 slots, chosen by its
 * length and three of its characters, and compared with the line in place.
 */
export function keyKindAt(line: string, start: number, end: number): KeyKind | null {
  const n = end - start;
  const slot = (n * 31 + line.charCodeAt(start) * 7 + line.charCodeAt(end - 1) * 3 +
    line.charCodeAt(start + (n >> 1))) & 511;
  const seen = SEEN[slot];
  if (seen !== undefined && seen.length === n && line.startsWith(seen, start)) {
    return SEEN_KINDS[slot];
  }
  const key = line.slice(start, end);
  const kind = keyKind(key);
  SEEN[slot] = key;
  SEEN_KINDS[slot] = kind;
  return kind;
}
