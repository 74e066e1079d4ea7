/**
 * Credentials on command lines, where the command, not a key name, says which argument is a
 * password: `curl -u user:pass` (and `--user`, `-U`, `--proxy-user`, in every quoting; with no
 * password, `-u 'KEY:'`, the user is the API key), `curl --oauth2-bearer T`, HTTPie's `http -a
 * user:pass` (`--auth`; a token alone after `-A bearer`), `mysql -pPASS`
 * (glued: `-p PASS` names a database), `sshpass -p PASS`, `docker login -p PASS` (podman,
 * nerdctl, buildah, skopeo, oras, helm, crane, az; OpenShift's `oc login -p PASS`, Conan's `conan
 * remote login R U -p PASS`), `redis-cli -a
 * PASS`, `mongosh -p PASS`, `cqlsh -p PASS`, Neo4j's `cypher-shell -p PASS`, Pacemaker's `pcs host
 * auth -p PASS`, `xcrun altool -p PASS` (an app-specific password), etcd's `etcdctl --user u:PASS`,
 * `sqlcmd -P PASS`, `ipmitool -P PASS` (a BMC's), `mosquitto_pub -P PASS` (an MQTT broker's),
 * `ldapsearch -w PASS`, `psexec -p PASS`, `rdesktop -p PASS`, FreeRDP's `xfreerdp /p:PASS`,
 * Minecraft's RCON client `mcrcon -p PASS`,
 * `twine -p`, `nuget -k` (and `dotnet nuget add source -p PASS`), `openssl -k` (and `-passout
 * pass:PASS`), `useradd -p`, a value echoed into `--password-stdin`, `--with-token` or `chpasswd`,
 * Redis's `AUTH` (as MONITOR prints it, or at a prompt), SQL's
 * `IDENTIFIED BY 'PASS'` and `SET PASSWORD FOR 'u'@'h' = 'PASS'`, PowerShell's
 * `ConvertTo-SecureString "PASS" -AsPlainText` (or the string piped into it:
 * `"PASS" | ConvertTo-SecureString`) and GitHub
 * Actions' `::add-mask::VALUE`; and
 * commands whose password is an argument no generic flag names: `htpasswd -b FILE USER PASS`,
 * `rabbitmqctl add_user USER PASS`, `smbclient -U user%PASS`, `lftp -u user,PASS`,
 * `keytool -storepass PASS` (jarsigner's too; `certutil -p`, `pk12util -W`, `ncftpput -p`),
 * `net use \\host\share PASS /user:U`, `net user NAME PASS`, `net ads join -U user%PASS`,
 * `samba-tool user create NAME PASS`, `bundle config set HOST user:PASS` (Bundler's per-host
 * credentials).
 * Options named like secrets (`--password=…`, `--token …`) are read by ./assignments.ts.
 */
import { byStart, type Continuation, cutToEnd } from "../detector.ts";
import { CLIENT_DIRECTION, VALUE_CAP } from "./assignments.ts";
import { MAX_CONTINUED_LINES } from "./continuations.ts";
import { isQuote, isSpace } from "./syntax.ts";
import { keyKind } from "./key_names.ts";
import { isPlaceholder } from "../placeholders.ts";

/** A password or token found on a command line: `line[start, end)`, or a cut from `start`. */
export interface CommandValue {
  start: number;
  end: number;
  /** The argument runs past VALUE_CAP: from `start` on, the line is not read. */
  cut: boolean;
}

/**
 * Arguments read per command (a bound on the work; real commands have far fewer, though a
 * generated one may carry hundreds of options before its password). A command that goes on past
 * them is cut at its next word: the rest of the line is masked unread.
 */
export const MAX_WORDS = 4096;
/** Commands read per line; past them, the rest of the line is one cut (masked unread). */
const MAX_COMMANDS = 100;

/**
 * Per command, the flags whose argument is a password (written joined by `,`, split once here):
 * `-p` and `-a` take it glued (`-pPASS`) or, unless `glued` (mysql's `-p NAME` names a database),
 * as the next word; `login`: only in the command's `login` (registry clients, where `-p` elsewhere
 * publishes a port).
 */
const FLAGS: Record<string, { flags: readonly string[]; glued?: true; login?: true }> = {};
/**
 * FLAGS written as groups joined by `;`: a flag (`+` after it: glued, `*`: login), then its
 * commands, in the order they are read. Sysinternals PsExec: `-u USER -p PASS` runs a command on
 * a remote Windows host; FreeRDP's clients take their options Windows-style (`/u:USER /p:PASS`).
 * Net-SNMP's tools: `-c` a v1/v2c community, `-A` and `-X` SNMPv3's authentication and privacy
 * pass phrases. Huawei's obsutil: `-k=SK` (`-sk=`) and `-t=TOKEN` glued to `=`; Windows Remote
 * Shell: `winrs -u:USER -p:PASS`; `ssh-keygen -N NEW -P OLD`, `ldappasswd -a OLD -s NEW`,
 * `transmission-remote -n user:PASS`; Vertica's `vsql -w PASS`, SAP HANA's `hdbsql -p PASS`.
 * OpenSSL's `-k PASS` only apart: its options are words after one dash (`-kfile`, `-keyform`),
 * none a password glued to `-k`.
 */
for (
  const [spec, ...commands] of (
    "-p+ mysql mysqldump mysqladmin mariadb mariadb-dump;-p sshpass mongo mongosh mongodump " +
    "mongorestore;-p* docker podman nerdctl buildah skopeo oras helm crane;-a redis-cli;" +
    "-N,-P ssh-keygen;-n,--auth transmission-remote;-P zip unzip;-p+ 7z 7za 7zz;" +
    "-P sqlcmd ipmitool mosquitto_pub mosquitto_sub;" +
    "-p* az oc conan;-p twine psexec rdesktop cqlsh cypher-shell pcs altool hdbsql mcrcon;" +
    "-k,-p nuget;" +
    "-k openssl;-p useradd usermod;" +
    "-w ldapsearch ldapmodify ldapadd ldapdelete ldapwhoami vsql;-w,-a,-s ldappasswd;" +
    "/p:+ xfreerdp xfreerdp3 wfreerdp wlfreerdp sdl-freerdp sdl-freerdp3;" +
    "-c,-A,-X snmpwalk snmpget snmpbulkwalk;-k=,-sk=,-t=+ obsutil;-p:+ winrs"
  ).split(";").map((group) => group.split(" "))
) {
  const flags = spec.replace(/[+*]$/, "").split(",");
  for (const c of commands) {
    FLAGS[c] = spec.endsWith("+")
      ? { flags, glued: true }
      : spec.endsWith("*")
      ? { flags, login: true }
      : { flags };
  }
}

/**
 * Commands whose password is an argument no flag names, or is named by a flag of their own
 * (see readPositional): `htpasswd -b FILE USER PASS` (`mosquitto_passwd -b`), `rabbitmqctl
 * add_user USER PASS`, `smbclient -U user%PASS`, `lftp -u user,PASS`, `keytool -storepass PASS`
 * (`schtasks /rp PASS`), `net use \\host\share PASS /user:U`; etcdctl, whose `--user u:PASS` is
 * read as curl's.
 */
const POSITIONAL = (
  "etcdctl htpasswd rabbitmqctl poetry b2 mc smbclient lftp keytool net bundle security schtasks hdbuserstore jarsigner certutil pk12util ncftpput samba-tool mosquitto_passwd neo4j-admin grafana-cli drush mkstore sentinel confluent rclone doveadm"
).split(" ");

/**
 * Commands whose password or key is an argument counted after a word of theirs (an option, a
 * word starting with `-` or `/`, and `*` alone, a prompt for it, are not counted): `rabbitmqctl
 * add_user USER PASS`, `net user NAME PASS`, Poetry's `config http-basic.REPO USER PASS`,
 * Backblaze B2's `account authorize KEY_ID KEY` (`authorize-account`), MinIO's `mc alias set
 * NAME URL ACCESS_KEY SECRET_KEY` (`mc config host add …`), `mysqladmin password PASS`, SAP
 * HANA's `hdbuserstore SET KEY HOST:PORT USER PASS` (the password left out, it asks), `neo4j-admin
 * dbms set-initial-password PASS`, `grafana-cli admin reset-admin-password PASS`, Drush's
 * `user:password NAME PASS` (`upwd`), Oracle's `mkstore … -createCredential ALIAS USER PASS`,
 * Redis Sentinel's `sentinel auth-pass MASTER PASS` (a config line as much as a command),
 * Confluent's `api-key store KEY SECRET`, rclone's `obscure PASS` and the `pass PASS` pair of its
 * `config create NAME TYPE key value …`, Dovecot's `doveadm auth test USER PASS` (and `auth
 * login`). Written as groups joined by `;`: the command (one POSITIONAL or FLAGS read), then each
 * word with the argument's number glued to it (a word ending in `.` is a prefix: `http-basic.nexus`).
 */
const ARGUMENT_AFTER = "rabbitmqctl add_user2 change_password2 authenticate_user2;net user2;" +
  "samba-tool create2;" +
  "poetry http-basic.2;b2 authorize2 authorize-account2;mc alias5 host5;mysqladmin password1;" +
  "hdbuserstore set4;neo4j-admin set-initial-password1;grafana-cli reset-admin-password1;" +
  "drush user:password2 upwd2;mkstore -createcredential3 -modifycredential3;sentinel auth-pass2;" +
  "confluent store2;rclone obscure1 pass1;doveadm test2 login2";

/** The commands' names, and no more of a name after them; HTTPie's `http` only before an option. */
const COMMAND_NAME = String.raw`(?:curl|https?(?= -)|${
  [...Object.keys(FLAGS), ...POSITIONAL].join("|")
})(?![\w-])`;
/** The commands read, at a word boundary (a path before them is fine: `/usr/bin/curl`). */
const COMMAND = new RegExp(String.raw`(?<![\w.-])${COMMAND_NAME}`, "gi");
/**
 * SQL's `IDENTIFIED BY 'PASS'`; MySQL's and MariaDB's `SET PASSWORD FOR 'u'@'h' = 'PASS'`;
 * Oracle's unquoted `CREATE USER u IDENTIFIED BY PASS` (`ALTER USER`, a database link's `CONNECT
 * TO u IDENTIFIED BY PASS`), to a blank or `;`: only in such a statement (not `identified by id`
 * in prose), a word character first (not a SQL*Plus `&var`, a `:bind`, a `${VAR}`), not `VALUES`
 * or `PASSWORD` before a quoted value.
 */
const IDENTIFIED_BY =
  /\b(?:identified\s{1,4}(?:with\s{1,4}\S{1,40}\s{1,4})?by\s{1,4}(?:password\s{1,4})?|set password for [^\s=]{1,200}\s{0,4}=\s{0,4}(?:password\s{0,4}\(\s{0,4})?)(["'])|\b(?:(?:create|alter) +user|connect +to) +\S+ +identified +by +(?=\w)(?!(?:values|password)\s)/gi;
const SECURE_STRING = /\bconvertto-securestring\s{1,4}(?:-string\s{1,4})?(["'])/gi;
/**
 * A quoted string piped into ConvertTo-SecureString (`$s = "PASS" | ConvertTo-SecureString …`),
 * the string alone there (not a prompt given to Read-Host).
 */
const PIPED_SECURE_STRING =
  /(?<=(?:^|[=(;{,])[ \t]{0,4})(["'])([^"'\r\n]{1,4096})\1[ \t]{0,4}\|[ \t]{0,4}convertto-securestring\b/gi;
/**
 * Redis's AUTH as MONITOR prints it (`"AUTH" "pass"`, `"AUTH" "user" "pass"`) or typed at a
 * redis-cli prompt (`127.0.0.1:6379> AUTH pass`): the last argument is the password.
 */
const REDIS_AUTH =
  /(?:"auth"((?:[ \t]{1,4}"(?:[^"\\]|\\.){0,4096}"){1,2})|:\d{2,5}(?:\[\d{1,2}\])?>[ \t]{0,4}auth((?:[ \t]{1,4}[^\s"']{1,4096}){1,2})[ \t]*$)/gi;
/**
 * Passwords after a user in statements no flag names, up to a blank or a quote: Redis's ACL rules
 * (`ACL SETUSER u on >PASS ~jobs:*`, MONITOR's `"SETUSER" "u" "on" ">PASS"`, an ACL file's `user u
 * on >PASS +@read`, where only rules come between the user and the `>`: not a shell line's
 * redirection, `user deploy ran: echo done >/tmp/out.log`), a call given a user then the password (MongoDB's `db.changeUserPassword("u",
 * "PASS")`, Neo4j's `dbms.security.createUser('u', 'PASS', false)`), Db2's `CONNECT TO db USER u
 * USING PASS`, Teradata BTEQ's `.LOGON host/user,PASS`; `user:PASS` after a directive: ZooKeeper's
 * `addauth digest u:PASS`, etcd's `etcdctl user add u:PASS`, Squid's `cache_peer … login=u:PASS`, `--creds u:PASS` (skopeo's
 * `--src-creds`, `--dest-creds`; podman, buildah); 3proxy's `users u:CL:PASS …` (`CL`: clear text) and its
 * password file's `u:CL:PASS` lines (elsewhere `:CL:` is most often Chile's code: `phone:CL:e164`).
 */
const USER_THEN_PASSWORD =
  /(?:\bsetuser"?\s.*?[\s"]>|^\s*user\s+\S+(?:\s+(?:o(?:n|ff)|nopass|reset\w*|all\w*|nocommands|[~%&+#<!-]\S*))*\s+>|\b(?:createuser|changeuserpassword)\((["'])[^"']+\1\s*,\s*["']|\bconnect +to +\S+ +user +\S+ +using +|(?<![\w.])\.logon +[^\s/,]+\/[^\s,]+,|(?:\baddauth +digest +|\buser +add +|\bcache_peer .*? login=|(?<![\w-])--(?:src-|dest-)?creds[ =])[^\s:]+:|(?<=(?:^\s*|\busers\s.{0,200})"?[\w.@-]{1,64}):CL:)([^\s"']+)/gi;
/**
 * Redis's writes as MONITOR prints them: a hash's (`"HSET" "key" "field" "value" …`, HMSET), the
 * command and its key, then one field (group 1) and its value (group 2) after them; a string's
 * (`"SET" "key" "value"`, GETSET), the command, then the key and its value as one pair. A
 * key or field with a quote escaped in it ends the reading (fields are plain names); a value may
 * hold one.
 */
const REDIS_HASH_SET = / ?"(?:hm?set" "[^"]*"|(?:get)?set")| "([^"]*)" "((?:[^"\\]|\\.)*)"/dgi;
/**
 * A client's login in a protocol session's transcript, the line's one command after its
 * direction (CLIENT_DIRECTION): IMAP's `a001 LOGIN user pass` (also with no
 * direction), Redis's `AUTH pass` and `AUTH user pass`. The password, the last argument: quoted
 * (group 1) or a word of 8 or more characters (group 2; a word of mixed classes, see
 * readInputValues: not `AUTH LOGIN`, `AUTH OK`).
 */
const SESSION_LOGIN = new RegExp(
  String
    .raw`^\s{0,8}(?:(?:${CLIENT_DIRECTION}) {1,4})?(?:\w{1,12} LOGIN \S{1,256}|(?<=[:>] {1,4})AUTH(?: (?!PLAIN |LOGIN )[^\s"]{1,256})?) (?:"([^"]{1,1024})"|([^\s"]{8,1024}))\s*$`,
  "d",
);

/** OpenSSL's password arguments given in the clear: `-passout pass:PASS` (not `env:VAR`, `file:`). */
const OPENSSL_PASS = /(?<![\w-])-(?:pass|passin|passout|password)[ \t]{1,4}pass:/gi;
/** The password after `pass:`, up to a blank or a quote, read one past VALUE_CAP (a cut). */
const OPENSSL_PASS_VALUE = new RegExp(String.raw`[^\s"']{0,${VALUE_CAP + 1}}`, "y");
/**
 * A value echoed or printed into a command that reads a secret on its standard input: `echo
 * "PASS" | docker login --password-stdin`, `printf '%s' T | gh auth login --with-token`, `echo
 * "u:PASS" | chpasswd` (the part after the colon), `echo PASS | passwd --stdin u`, `echo PASS |
 * kinit user` (Kerberos's), OpenConnect's `--passwd-on-stdin`, `echo -n PASS | cryptsetup
 * luksOpen DEV NAME -`, and a `--password` given no argument, last of its command (FreeIPA's `ipa
 * user-add u --password`).
 */
const ECHO_PIPE =
  /\b(?:echo[ \t]{1,4}(?:-[neE]{1,3}[ \t]{1,4})?|printf[ \t]{1,4}(?:["']?%s(?:\\n)?["']?[ \t]{1,4})?)(["']?)([^\s"'|]{1,4096})\1[ \t]{0,4}\|[ \t]{0,4}(?:[^|\n]{0,200}?(--password-stdin|--with-token|passwd[ \t]{1,4}--stdin|--passwd-on-stdin|kinit|cryptsetup|--password(?=[ \t]*(?:["';&)]|$)))|(?:sudo[ \t]{1,4})?(chpasswd))(?![\w-])/gi;
/**
 * The same commands given the value in a here-string (bash's `<<<`): `gh auth login
 * --with-token <<< T`, `docker login --password-stdin <<< "PASS"`, `chpasswd <<< "u:PASS"`.
 */
const HERE_STRING =
  /(?:(--password-stdin|--with-token|passwd[ \t]{1,4}--stdin)|(chpasswd))(?![\w-])[^|\n<]{0,200}?<<<[ \t]{0,4}(["']?)([^\s"'|]{1,4096})\3/gi;
/**
 * A SASL initial response in base64: SMTP's `AUTH` (RFC 4954) and IMAP's `AUTHENTICATE` with a
 * mechanism (`PLAIN`, the base64 holding the user and the password; `XOAUTH2`, a bearer token;
 * `LOGIN`, the user name, the password following below: ./smtp_auth_login.ts), and IRC's
 * `AUTHENTICATE <base64>` after its mechanism's line (taken only when it decodes to SASL's
 * NUL-separated fields). (XMPP's `<auth mechanism="PLAIN">` element is an `auth` key's value.)
 */
const SMTP_AUTH_INITIAL =
  /(?<![\w-])AUTH(?:ENTICATE)?[ \t]{1,4}(?:(PLAIN|LOGIN|XOAUTH2)[ \t]{1,4}|(?<=E[ \t]))([A-Za-z0-9+/]{8,4096}={0,2})(?![\w+/=-])/gi;
/**
 * A GitHub Actions workflow command that masks a value in the job's logs (the value is a secret),
 * or sets a step's output under a secret's name (`::set-output name=NPM_TOKEN::v`, see keyKind;
 * not a path or a `$VAR` given as the value); Azure Pipelines' logging command setting a variable
 * (`##vso[task.setvariable variable=NAME;issecret=true]VALUE`) that is a secret or named one.
 */
const ADD_MASK =
  /::(?:add-mask::|set-output name=([\w-]+)::(?![/$]))|##vso\[task\.setvariable variable=([\w.-]+)(?=[^\]]*(issecret=true)|)[^\]]*\](?![/$])/gi;

/**
 * A command's name as a keyword: a name of two characters with the blank after it, as its command
 * line writes it (`b2`, `mc`, `oc` alone stand in hashes, UUIDs and words: on one line in three
 * hundred of a mixed log).
 */
const spokenName = (name: string) => name.length === 2 ? `${name} ` : name;

/** Lower-case words one of which a line holds wherever the command reader finds anything. */
export const COMMAND_KEYWORDS: readonly string[] = [
  "curl",
  "http -",
  "https -",
  ...Object.keys(FLAGS).map(spokenName),
  "identified",
  "set password for",
  "convertto-securestring",
  // `net` alone: the reader takes `net` and `use` apart by any blanks (`net  use`, `net\tuse`).
  ...POSITIONAL.map(spokenName),
  "::add-mask::",
  "::set-output",
  "setvariable",
];

/** Every run of `fewest` to 4 blanks (spaces and tabs), as REDIS_AUTH reads them. */
function blankRuns(fewest: number): string[] {
  const runs: string[] = fewest === 0 ? [""] : [];
  let longest = [""];
  for (let n = 1; n <= 4; n++) {
    longest = longest.flatMap((run) => [`${run} `, `${run}\t`]);
    if (n >= fewest) runs.push(...longest);
  }
  return runs;
}

/**
 * Lower-case words one of which a line holds wherever inputValues finds anything: its own
 * detector's keywords, so that no other line pays for its searches.
 */
export const INPUT_KEYWORDS: readonly string[] = [
  "convertto-securestring",
  "pass:",
  "echo",
  "printf",
  "<<<",
  // Redis MONITOR's `"AUTH" "…"` (not a JSON `"auth":` key, on a tenth of some logs' lines) and
  // a prompt's `> AUTH`, with each run of blanks REDIS_AUTH reads between them.
  ...blankRuns(1).map((blanks) => `"auth"${blanks}"`),
  ...blankRuns(0).map((blanks) => `>${blanks}auth`),
  // Redis MONITOR's hash writes (REDIS_HASH_SET: `"HSET" "`, `"HMSET" "`).
  'set" "',
  // USER_THEN_PASSWORD's statements.
  // USER_THEN_PASSWORD's statements; SMTP's and a session's logins. `--creds`, not `-creds`:
  // `db-creds` names a secret on key/value logs' lines.
  ..."setuser|on >|createuser|userpassword|connect to|logon |addauth|user add|cache_peer|--creds|src-creds|dest-creds|auth plain|auth login|authenticate |xoauth2|:cl:"
    .split("|"),
  // A client's login in a session's transcript (SESSION_LOGIN): `C: AUTH`, `client: AUTH`, IMAP's
  // `a001 LOGIN`.
  ": auth",
  " login ",
];

interface Word {
  start: number;
  end: number;
}

/** Ends a command: a pipe, `;`, `&&`, `||`, `&`, a closing parenthesis or backquote. */
const isCommandEnd = (c: number) =>
  c === 0x7c || c === 0x3b || c === 0x26 || c === 0x29 || c === 0x60;

/**
 * The shell words after `at` up to the end of the command (quotes kept, at most MAX_WORDS), and
 * where the command goes on past them (-1 when it does not).
 */
function wordsFrom(line: string, at: number): { words: Word[]; past: number } {
  const words: Word[] = [];
  const n = line.length;
  let i = at;
  for (;;) {
    while (i < n && isSpace(line.charCodeAt(i))) i++;
    if (i >= n || isCommandEnd(line.charCodeAt(i))) break;
    if (words.length === MAX_WORDS) return { words, past: i };
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
      } else if (c === 0x24) i = substitutionEnd(line, i);
      else i++;
    }
    words.push({ start, end: i });
  }
  return { words, past: -1 };
}

/**
 * Past a substitution at the `$` at `at`, blanks inside it the word's (`$(cat /run/secrets/pw)`,
 * `${{ secrets.PW }}`, a CI system's expression): to the bracket closing it, 200 characters at
 * most; past the `$` alone when there is none.
 */
function substitutionEnd(line: string, at: number): number {
  const open = at + 1 < line.length ? line.charCodeAt(at + 1) : -1;
  const close = open === 0x28 ? 0x29 : open === 0x7b ? 0x7d : -1;
  let depth = 0;
  for (let i = at + 1; close !== -1 && i < line.length && i - at <= 200; i++) {
    const c = line.charCodeAt(i);
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
  }
  return at + 1;
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

/** `line[start, end)` as a value found, cut when it is longer than VALUE_CAP. */
const valueAt = (start: number, end: number): CommandValue => ({
  start,
  end,
  cut: end - start > VALUE_CAP,
});
const value = (w: Word) => valueAt(w.start, w.end);

/**
 * A user name that is an API key or password (`curl -u 'KEY:'`, `-u "d2Lk…!t:"`): 12 or more
 * characters with letters and digits, punctuation too.
 */
const KEY_AS_USER = /^(?=[^:]*\d)(?=[^:]*[A-Za-z])[^\s:]{12,}$/;

/**
 * `user:password` given to curl: the password; with none (`KEY:`), the user when it is an API
 * key (`admin:` only makes curl ask for the password); nothing without a colon, nor for the pair
 * in angle brackets (`<user:password>`, documentation's stand-in).
 */
function userPassword(line: string, w: Word): CommandValue | null {
  const colon = line.indexOf(":", w.start);
  // `<user:password>`: documentation's stand-in for the pair, in angle brackets.
  if (colon === -1 || colon >= w.end || line[w.start] === "<" && line[w.end - 1] === ">") {
    return null;
  }
  if (colon + 1 < w.end) return valueAt(colon + 1, w.end);
  return KEY_AS_USER.test(line.slice(w.start, colon)) ? valueAt(w.start, colon) : null;
}

/** Short options curl takes without an argument, which may come before `u` in one word (`-sSu`). */
const CURL_USER = /^-[sSfLkvi#]*u/;

/**
 * curl's credentials: `-u`/`--user`/`-U`/`--proxy-user` `user:password`, `--oauth2-bearer T`;
 * with `httpie`, HTTPie's: `-a`/`--auth` `user:password` (`--auth=…`), or a token alone (`-A
 * bearer -a T`: a KEY_AS_USER word).
 */
function readCurl(line: string, words: Word[], out: CommandValue[], httpie = false): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k], next = words[k + 1];
    const word = line.slice(w.start, w.end);
    const user = httpie ? null : CURL_USER.exec(word);
    const eq = word.indexOf("=") + 1;
    let arg: Word | undefined;
    if (user !== null && word.length > user[0].length) {
      arg = { start: w.start + user[0].length, end: w.end };
    } else if (
      user !== null ||
      (httpie ? word === "-a" || word === "--auth" : word === "--user" || word === "-U" ||
        word === "--proxy-user")
    ) {
      arg = next;
    } else if ((httpie ? /^--auth=/ : /^--(?:proxy-)?user=/).test(word)) {
      arg = { start: w.start + eq, end: w.end };
    } else if (word === "--oauth2-bearer" && next !== undefined) {
      out.push(value(unquoted(line, next.start, next.end)));
    }
    const u = arg && unquoted(line, arg.start, arg.end);
    const found = u &&
      (userPassword(line, u) ??
        (httpie && KEY_AS_USER.test(line.slice(u.start, u.end)) ? value(u) : null));
    if (found) out.push(found);
  }
}

/**
 * Options that take a password (readPositional), in lower case for a long one (read in any
 * case): keytool's and jarsigner's `-storepass`, `-keypass`, `-srcstorepass`,
 * `-destkeypass`, `-new` (`-STOREPASS`); schtasks's `/rp` (the task's user's) and `/p` (the
 * remote `/u` user's); a short one in its case: `-p` (certutil's, ncftpput's), pk12util's `-W`
 * (the file's) and `-K` (the key database's) (`-w FILE` is a file holding one).
 */
const PASSWORD_OPTION = /^-(?:(?:src|dest)?(?:store|key)pass|new|[pWK])$|^\/r?[Pp]$/;

/**
 * Bundler's settings that name a gem source's host (`gems.example.com`, `https://gems.example.com/`)
 * but hold no credentials: `build.GEM` (its build flags), `local.GEM` (a path), `mirror.URL` (a
 * URL), and `bundle config get|unset`.
 */
const BUNDLER_NOT_CREDENTIALS = /^(?:build|local|mirror)\.|^(?:get|unset|list)$/i;
/** A Bundler host setting: a dotted host name or a URL. */
const BUNDLER_HOST = /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/i;

/**
 * `bundle config [set] [--global|--local] HOST CREDENTIALS`: the password of `user:PASS`, or the
 * whole argument when it has no colon (a token: `bundle config gems.example.com T`).
 */
function readBundlerConfig(line: string, text: string[], words: Word[], out: CommandValue[]) {
  if (text[0] !== "config") return;
  const args = text.flatMap((t, k) => k > 0 && !t.startsWith("-") ? [k] : []);
  const first = text[args[0]] === "set" ? 1 : 0;
  const host = args[first], credentials = args[first + 1];
  if (host === undefined || credentials === undefined) return;
  const name = unquoted(line, words[host].start, words[host].end);
  const setting = line.slice(name.start, name.end);
  if (BUNDLER_NOT_CREDENTIALS.test(setting) || !BUNDLER_HOST.test(setting)) return;
  const arg = unquoted(line, words[credentials].start, words[credentials].end);
  const colon = line.indexOf(":", arg.start);
  if (colon !== -1 && colon + 1 < arg.end) out.push(valueAt(colon + 1, arg.end));
  else if (colon === -1 || colon >= arg.end) out.push(value(arg));
}

/**
 * The password of a POSITIONAL command: htpasswd's (mosquitto_passwd's) last argument in batch
 * mode (`-b`; with `-n` no file comes first), rabbitmqctl's argument after the user, smbclient's
 * (Samba's `net` but `net use`, samba-tool's) after `%` in `-U user%PASS` (lftp's after `,` in
 * `-u user,PASS`), keytool's password options, `net use`'s argument that is no drive, share, `*`
 * or `/option`, and Bundler's credentials for a host (readBundlerConfig).
 */
function readPositional(line: string, command: string, words: Word[], out: CommandValue[]): void {
  const text = words.map((w) => line.slice(w.start, w.end));
  const arg = (k: number) => value(unquoted(line, words[k].start, words[k].end));
  if (command.endsWith("passwd")) {
    const flags = text.filter((t) => t.startsWith("-")).join("");
    const args = text.flatMap((t, k) => t.startsWith("-") ? [] : [k]);
    const at = args[flags.includes("n") ? 1 : 2];
    if (flags.includes("b") && at !== undefined) out.push(arg(at));
  } else if (/^(?:smb|lftp|net|samba)/.test(command) && !/^use$/i.test(text[0])) {
    for (let k = 0; k < words.length; k++) {
      const user = /^-[Uu]$|^--user$/.test(text[k])
        ? words[k + 1]
        : /^(?:-U|--user=)./.test(text[k])
        ? { start: words[k].start + (text[k][1] === "U" ? 2 : 7), end: words[k].end }
        : undefined;
      if (user === undefined) continue;
      const u = unquoted(line, user.start, user.end);
      const percent = line.indexOf(command === "lftp" ? "," : "%", u.start);
      if (percent !== -1 && percent + 1 < u.end) {
        out.push(valueAt(percent + 1, u.end));
      }
    }
  } else if (/^(?:keyt|scht|jars|certu|pk12|ncftp)/.test(command)) {
    for (let k = 0; k + 1 < words.length; k++) {
      // A long option in any case, a short one in its own.
      const option = text[k][2] ? text[k].toLowerCase() : text[k];
      if (PASSWORD_OPTION.test(option) && !text[k + 1].startsWith("-")) out.push(arg(k + 1));
    }
  } else if (command === "bundle") {
    readBundlerConfig(line, text, words, out);
  } else if (command === "security") {
    // macOS's keychain tool: `add-generic-password … -w PASS`, `unlock-keychain -p PASS`, `import
    // -P PASS` (`find-generic-password -w` prints a password, given none).
    const flag = /^(?:add|set)-[\w-]*password$/.test(text[0] ?? "")
      ? "-w"
      : /^(?:unlock|create|set)-keychain/.test(text[0] ?? "")
      ? "-p"
      : text[0] === "import"
      ? "-P"
      : null;
    for (let k = 1; k + 1 < words.length; k++) {
      if (text[k] === flag && !text[k + 1].startsWith("-")) out.push(arg(k + 1));
    }
  } else if (command === "net" && text[0]?.toLowerCase() === "use") {
    // A share is `\\host\share` (maybe quoted), or `\host\share` as the decoded view reads
    // its escaped `\\`.
    for (let k = 1; k < text.length; k++) {
      const t = text[k];
      if (/^(?:[\/*]|["']?\\|[A-Za-z]:$)/.test(t)) continue;
      out.push(arg(k));
    }
  }
}

/** ARGUMENT_AFTER read: each command's words, with the number of the argument counted after. */
const ARGUMENTS_AFTER: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  ARGUMENT_AFTER.split(";").map((group) => {
    const [command, ...words] = group.split(" ");
    return [command, new Map(words.map((word) => [word.slice(0, -1), +word.slice(-1)]))];
  }),
);

/** The argument ARGUMENT_AFTER counts after the first of `command`'s words it names. */
function readArgumentAfter(line: string, command: string, words: Word[], out: CommandValue[]) {
  const counted = ARGUMENTS_AFTER.get(command);
  if (counted === undefined) return;
  let left = 0;
  for (const w of words) {
    const text = line.slice(w.start, w.end).toLowerCase();
    if (left === 0) {
      // A word up to its first `.` names a prefix (`http-basic.nexus`: `http-basic.`).
      const dot = text.indexOf(".");
      left = counted.get(dot === -1 ? text : text.slice(0, dot + 1)) ?? 0;
    } else if (!/^(?:[-/]|\*$)/.test(text) && --left === 0) {
      // A stand-in in angle brackets may hold blanks (`<new password>`): none of it is read.
      if (text[0] !== "<") out.push(value(unquoted(line, w.start, w.end)));
      return;
    }
  }
}

/**
 * A password that starts with a dash after a flag that must take one (`docker login -p -xK9v…`):
 * 6 or more characters with a digit or a capital, not a `--option` or a short `-u`.
 */
const DASHED_PASSWORD = /^-(?!-)(?=\S{0,200}[0-9A-Z])\S{5,}$/;

/** Whether `words` hold a registry client's `login` (FLAGS' `login`). */
const holdsLogin = (line: string, words: Word[]) =>
  words.some((w) => w.end - w.start === 5 && line.startsWith("login", w.start));

/**
 * The password `command`'s flag takes among `words` (see FLAGS); `loginAbove`: the command's
 * `login` is on a line it is continued from.
 */
function readCommand(
  line: string,
  command: string,
  words: Word[],
  out: CommandValue[],
  loginAbove = false,
): void {
  readArgumentAfter(line, command, words, out);
  if (command === "curl" || command === "etcdctl") return readCurl(line, words, out);
  if (command.startsWith("http")) return readCurl(line, words, out, true);
  if (POSITIONAL.includes(command)) return readPositional(line, command, words, out);
  const text = (w: Word) => line.slice(w.start, w.end);
  const { flags, glued, login } = FLAGS[command];
  if (login && !loginAbove && !holdsLogin(line, words)) return;
  for (let k = 0; k < words.length; k++) {
    const w = words[k], next = words[k + 1], word = text(w);
    for (const flag of flags) {
      if (
        word === flag && !glued && next !== undefined &&
        (!text(next).startsWith("-") || DASHED_PASSWORD.test(text(next)))
      ) {
        out.push(value(unquoted(line, next.start, next.end)));
      } else if (word.length > flag.length && word.startsWith(flag) && command !== "openssl") {
        out.push(value(unquoted(line, w.start + flag.length, w.end)));
      }
    }
  }
}

/** A word read in place up to a blank or a `;` (quotedArgument's unquoted Oracle password). */
const UNQUOTED_WORD = /[^\s;]*/y;

/** A quoted argument whose opening quote `m` matched: up to its closing quote (or a cut). */
function quotedArgument(line: string, m: RegExpExecArray, out: CommandValue[]): void {
  const start = m.index + m[0].length;
  // No quote (IDENTIFIED_BY's Oracle word): up to a blank or a `;`.
  UNQUOTED_WORD.lastIndex = start;
  const close = m[1]
    ? line.indexOf(m[1], start)
    : (UNQUOTED_WORD.test(line), UNQUOTED_WORD.lastIndex);
  const end = close === -1 ? line.length : close;
  if (end > start) out.push(valueAt(start, end));
}

/** `::add-mask::VALUE`: the value, up to a quote or the end of the line, without the blanks after it. */
function maskedValue(line: string, start: number, out: CommandValue[]): void {
  let end = start;
  while (end < line.length && !isQuote(line.charCodeAt(end))) end++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  if (end > start) out.push(valueAt(start, end));
}

/** The last quoted argument of MONITOR's AUTH line: its text, without the quotes. */
const LAST_QUOTED = /"((?:[^"\\]|\\.){0,4096})"$/;

/** The last argument of a matched Redis AUTH (REDIS_AUTH), without its quotes. */
function redisPassword(m: RegExpExecArray, out: CommandValue[]): void {
  const args = m[1] ?? m[2];
  const end = m.index + m[0].trimEnd().length;
  const argsStart = end - args.length;
  if (m[1] !== undefined) {
    const last = LAST_QUOTED.exec(args);
    if (last !== null) {
      const start = argsStart + last.index + 1;
      out.push(valueAt(start, start + last[1].length));
    }
    return;
  }
  const space = Math.max(args.lastIndexOf(" "), args.lastIndexOf("\t"));
  out.push(valueAt(argsStart + space + 1, end));
}

/**
 * Passwords handed to a command in forms no flag reader reads, in order: a string piped into
 * ConvertTo-SecureString, Redis's AUTH, a user's password (USER_THEN_PASSWORD), SMTP's `AUTH
 * PLAIN <base64>`, OpenSSL's `pass:PASS`, and a value echoed into a command that reads it on its
 * standard input.
 */
export const inputValues = (line: string): CommandValue[] => {
  const out: CommandValue[] = [];
  readInputValues(line, out);
  return out.sort(byStart);
};

function readInputValues(line: string, out: CommandValue[]): void {
  for (const m of line.matchAll(PIPED_SECURE_STRING)) {
    out.push(valueAt(m.index + 1, m.index + 1 + m[2].length));
  }
  for (const m of line.matchAll(REDIS_AUTH)) redisPassword(m, out);
  // A hash write's fields, each right after the command's key or the field before it.
  let pairs = -1;
  for (const m of line.matchAll(REDIS_HASH_SET)) {
    if (m[1] === undefined) pairs = m.index + m[0].length;
    else if (m.index === pairs) {
      pairs += m[0].length;
      // A namespaced key names its value by its first part (`"passwd:user:42"`).
      if (keyKind(m[1].split(":")[0])) out.push(valueAt(...m.indices![2]!));
    }
  }
  for (const m of line.matchAll(USER_THEN_PASSWORD)) {
    const end = m.index + m[0].length;
    out.push(valueAt(end - m[2].length, end));
  }
  const login = SESSION_LOGIN.exec(line);
  const word = login?.[2];
  if (login !== null && (word === undefined || /\d/.test(word) && /[A-Za-z]/.test(word))) {
    const [start, end] = login.indices![word === undefined ? 1 : 2]!;
    out.push(valueAt(start, end));
  }
  for (const m of line.matchAll(SMTP_AUTH_INITIAL)) {
    // PLAIN's `authzid\0user\0password` whose password is a stand-in holds no secret, unless its
    // user is an e-mail address (personal data, base64 or not).
    let text = "";
    try {
      text = atob(m[2]);
    } catch { /* not base64: masked as it is */ }
    const parts = text.split("\0");
    if (parts[2] && isPlaceholder(parts[2]) && !parts[1]?.includes("@")) continue;
    // IRC's `AUTHENTICATE <base64>` names no mechanism: SASL's fields, not a word of prose.
    if (!m[1] && !/\0[\w.@-]+\0\S/.test(text)) continue;
    const end = m.index + m[0].length;
    out.push(valueAt(end - m[2].length, end));
  }
  for (const m of line.matchAll(OPENSSL_PASS)) {
    const start = m.index + m[0].length;
    OPENSSL_PASS_VALUE.lastIndex = start;
    const end = start + OPENSSL_PASS_VALUE.exec(line)![0].length;
    if (end > start) out.push(valueAt(start, end));
  }
  if (line.includes("<<<")) {
    for (const m of line.matchAll(HERE_STRING)) {
      const start = m.index + m[0].length - m[4].length - m[3].length;
      const colon = m[2] !== undefined ? m[4].indexOf(":") : -1;
      out.push(valueAt(start + colon + 1, start + m[4].length));
    }
  }
  if (!line.includes("|")) return;
  for (const m of line.matchAll(ECHO_PIPE)) {
    const start = m.index + m[0].indexOf(m[2], 4);
    const colon = m[4] !== undefined ? m[2].indexOf(":") : -1;
    out.push(valueAt(start + colon + 1, start + m[2].length));
  }
}

/**
 * Whether `line` holds what one of commandValues' readers starts from: a command (COMMAND), or
 * the word each other form needs (IDENTIFIED_BY, SECURE_STRING, ADD_MASK). One search, so that a
 * line with none costs it alone instead of one per form: most lines sent here hold a command's
 * letters only inside a word (`.097Z` of a timestamp, `AZ` in a token).
 */
const ANY_START = new RegExp(
  // COMMAND's boundary read as a character (or the line's start) rather than looked behind for:
  // the same lines, and the search tries the names only after a character that may end a word.
  String
    .raw`(?:^|[^\w.-])${COMMAND_NAME}|identified|set password for|convertto-securestring|::(?:add-mask::|set-output)|##vso\[task\.setvariable`,
  "i",
);

/** Whether commandValues may find anything on `line` (false: it finds nothing). */
export function mayHoldCommandValue(line: string): boolean {
  return ANY_START.test(line);
}

/**
 * A command that goes on below its line, the line ending in `\` inside it (`curl -X POST … \`):
 * its options on the next lines are read as its own (`  -u user:pass \`, `  --password P`), while
 * each ends in `\` inside it.
 */
export const continuedCommand = (line: string): Continuation | null => {
  if (!line.endsWith("\\") || !mayHoldCommandValue(line)) return null;
  let last: RegExpExecArray | undefined;
  for (const m of line.matchAll(COMMAND)) last = m;
  if (last === undefined) return null;
  // The command's words, its name first: none past MAX_WORDS, and they reach the `\` (no pipe
  // or `;` ends it before).
  const { words, past } = wordsFrom(line, last.index);
  if (past !== -1 || words[words.length - 1].end !== line.length) return null;
  const command = last[0].toLowerCase();
  let lines = 0, more = true, login = holdsLogin(line, words);
  return {
    next(next) {
      if (!more || ++lines > MAX_CONTINUED_LINES) return null;
      const out: CommandValue[] = [];
      const { words, past } = wordsFrom(next, 0);
      // It goes on below while its own words reach the `\` (a pipe or `&&` before it ends it).
      more = next.endsWith("\\") && (past !== -1 || words.at(-1)?.end === next.length);
      readCommand(next, command, words, out, login);
      login ||= holdsLogin(next, words);
      // Past MAX_WORDS, the rest of the line is masked unread, as commandValues cuts it.
      if (past !== -1) out.push(cutToEnd(next, past));
      return out;
    },
  };
};

/** Every password or token the command lines on `line` are given, in order. */
export const commandValues = (line: string): CommandValue[] => {
  if (!mayHoldCommandValue(line)) return [];
  const out: CommandValue[] = [];
  let commands = 0;
  for (const m of line.matchAll(COMMAND)) {
    if (++commands > MAX_COMMANDS) {
      out.push(cutToEnd(line, m.index));
      break;
    }
    const { words, past } = wordsFrom(line, m.index + m[0].length);
    readCommand(line, m[0].toLowerCase(), words, out);
    if (past !== -1) {
      out.push(cutToEnd(line, past));
      break;
    }
  }
  for (const m of line.matchAll(IDENTIFIED_BY)) quotedArgument(line, m, out);
  for (const m of line.matchAll(SECURE_STRING)) quotedArgument(line, m, out);
  for (const m of line.matchAll(ADD_MASK)) {
    const name = m[1] ?? m[2];
    if (!name || m[3] || keyKind(name)) maskedValue(line, m.index + m[0].length, out);
  }
  return out.sort(byStart);
};
