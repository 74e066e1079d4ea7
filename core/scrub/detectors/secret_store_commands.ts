/**
 * Values handed to a secret store's command line, where no `key=value` says what they are:
 * `dotnet user-secrets set "Db:Password" "v"`, `netlify env:set API_SECRET v`,
 * `gh secret set NPM_TOKEN --body v`, `az keyvault secret set … --value v`,
 * `aws secretsmanager put-secret-value --secret-string v`, `vercel env add NAME prod <<< v`,
 * `echo "v" | docker secret create name -`. The command says a secret is being stored; the
 * value is the argument it takes.
 */
import { literal, raw } from "./raw.ts";
import { byStart, type Candidate } from "../detector.ts";
import { continuationFor } from "../kv/continuations.ts";
import { keyKind } from "../kv/key_names.ts";

/** Commands that store a secret (lower case), as the keyword prefilter finds them. */
export const SECRET_STORE_KEYWORDS = (
  "user-secrets|secret set|secrets set|secret create|secrets create|env:set|env add|" +
  "put-parameter|put-secret-value|create-secret|secrets versions add"
).split("|");

/**
 * Commands that print a stored secret (lower case): `gcloud secrets versions access`, `aws
 * secretsmanager get-secret-value`, `az keyvault secret show --query value`, `bw get password`,
 * `pass show` (`gopass show`), `op read`, `kubectl get secret … -o jsonpath='{.data.…}'`,
 * `vault kv get -field=…`, `doppler secrets get … --plain`, `bw unlock --raw` (a session key),
 * `berglas access`, `chamber read`, kubeadm's `[upload-certs] Using certificate key:`. What the
 * command prints is on the line below.
 */
export const SECRET_READ_KEYWORDS = (
  "versions access|get-secret-value|query value|get password|pass show|op read|{.data|-field|" +
  "--plain|unlock --raw|berglas access|chamber read|certificate key:"
).split("|");
// In lower case, as a command is typed, and ending a word (not `method=GET password_reset=false`;
// `gopass show` is `pass show`'s); each keyword as written (`{.data`: a brace and a dot).
const READ = new RegExp(`(?:${SECRET_READ_KEYWORDS.map(literal).join("|")})(?![\\w-])`);

/**
 * `cat` of a file ending the line (read in its last 300 characters), its name's last part in
 * group 1. The file's text is printed below.
 */
const CAT_FILE = /(?<![\w-])cat\s{1,4}(?:[^\s|;&<>]{0,256}\/)?([^\s|;&<>/]{1,64})\s*$/;

/**
 * A file named as a secret's key is, with or without its extension (../kv/key_names.ts keyKind:
 * `/run/secrets/db_password`, k3s's `node-token`, a Zabbix agent's `.psk`, Chef's
 * `encrypted_data_bag_secret`, `db_password.txt`), or an Erlang node's `.erlang.cookie`; not the
 * accounts file `passwd` (no password in it) nor a name saying something of a secret
 * (`token_count`).
 */
const secretFile = (name = "") =>
  name !== "passwd" &&
  (name.endsWith("erlang.cookie") || keyKind(name) || keyKind(name.replace(/\.\w+$/, "")));

/** After a command printing a secret, the single word printed on the first line below. */
export const secretPrintedBelow = (line: string) =>
  READ.test(line) || secretFile(CAT_FILE.exec(line.slice(-300))?.[1])
    ? continuationFor({ form: "printed-below" })
    : null;

/** The commands, each as a pattern over the line (its words may be spaced). */
const STORE = new RegExp(
  raw`(?<![\w-])(?:user-secrets\s+set|(?:secret|secrets)\s+(?:set|create)|env:set|env\s+add|` +
    raw`put-parameter|put-secret-value|create-secret|secrets\s+versions\s+add)(?![\w-])`,
  "i",
);

/**
 * The value a command takes: quoted (its quote the pattern's group `quote`, `\1` or `\2`: the
 * group `quoted` holds the value), or bare (the group `bare`), which starts with no `$`: the shell
 * expands one (`--value $(openssl rand -hex 16)`, `$PW`), so the log holds no secret there.
 */
const argument = (quote: string) =>
  raw`(?:(["'])(?<quoted>[^"'\n]{1,4096})${quote}|(?<bare>[^\s"'<>|;&$-][^\s"'<>|;&]{0,4095}))`;

/** After the command: `NAME VALUE` (user-secrets, env:set), the name quoted or not. */
const NAME_THEN_VALUE = new RegExp(
  raw`^\s{1,4}(["']?)[\w:.\/-]{1,128}\1\s{1,4}${argument("\\2")}`,
  "d",
);

/** A flag that takes the secret itself. */
const VALUE_FLAG = new RegExp(
  raw`(?<![\w-])--(?:value|body|secret-string|secret-value)(?:=|\s{1,4})${argument("\\1")}`,
  "dg",
);

/** A here-string after the command: `<<< v`, `<<< "v"`. */
const HERE_STRING =
  /<<<\s{0,4}(?:(["'])(?<quoted>[^"'\n]{1,4096})\1|(?<bare>[^\s"'<>|;&]{1,4096}))/dg;

/** `echo v |` or `printf '%s' v |` before the command. */
const PIPED = new RegExp(
  raw`(?<![\w-])(?:echo(?:\s+-n)?|printf\s+(["'])%s\1)\s{1,4}${argument("\\2")}\s{0,4}\|`,
  "dg",
);

/** Words that say a setting is a secret. */
const SECRET_WORD =
  /pass(?:word|wd)?|pwd|secret|token|api[_-]?key|credential|private[_-]?key|securestring/i;

function group(m: RegExpExecArray): Candidate | null {
  const at = m.indices?.groups?.quoted ?? m.indices?.groups?.bare;
  return at === undefined ? null : { start: at[0], end: at[1] };
}

/** The secrets a secret store's command on `line` is given, in order of start. */
export const secretStoreValues = (line: string): Candidate[] => {
  const store = STORE.exec(line);
  if (store === null) return [];
  // A command for any setting (env:set, env add, put-parameter) stores a secret only when the
  // line names one.
  if (!/secret/i.test(store[0]) && !SECRET_WORD.test(line)) return [];
  const out: Candidate[] = [];
  const after = store.index + store[0].length;
  const positional = /user-secrets|env:set/i.test(store[0])
    ? NAME_THEN_VALUE.exec(line.slice(after))
    : null;
  if (positional !== null) {
    const c = group(positional);
    if (c !== null) out.push({ start: c.start + after, end: c.end + after });
  }
  for (const re of [VALUE_FLAG, HERE_STRING]) {
    re.lastIndex = after;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const c = group(m);
      if (c !== null) out.push(c);
    }
  }
  PIPED.lastIndex = 0;
  for (let m = PIPED.exec(line); m !== null && m.index < store.index; m = PIPED.exec(line)) {
    const c = group(m);
    if (c !== null) out.push(c);
  }
  return out.sort(byStart);
};
