/**
 * Passwords on command lines (./commands.ts), generated over every command the reader knows:
 * each flag taken apart and glued (glued only where the flag's next word means something else),
 * registry clients only in their `login`, a password starting with a dash (6 or more
 * characters with a digit or a capital within its first 201), the positional commands
 * (htpasswd, rabbitmqctl, smbclient, keytool, net use) and what is no password for them, SQL's
 * IDENTIFIED BY and PowerShell's ConvertTo-SecureString at each spacing, add-mask. And the
 * scrubber masks what the reader finds however `net` and `use` are spaced.
 */
import { deepStrictEqual } from "@node/assert";
import { commandValues, MAX_WORDS } from "./commands.ts";
import { createScrubber } from "../mod.ts";

const P = "Pw9xK2mQ7v";

/** The values found on `line` as text (a cut as `cut:` and the rest of the line). */
function found(line: string): string[] {
  return commandValues(line).map((v) =>
    v.cut ? `cut:${line.slice(v.start, v.start + 20)}` : line.slice(v.start, v.end)
  );
}

function check(cases: [line: string, want: string[]][]) {
  const problems: string[] = [];
  for (const [line, want] of cases) {
    const got = found(line);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      problems.push(`${JSON.stringify(line.slice(0, 160))}: ${JSON.stringify(got)}`);
    }
  }
  deepStrictEqual(problems, []);
}

/** [command, flag, glued only, only in `login`]: every command a flag names the password of. */
const FLAGGED: [string, string, boolean, boolean][] = [
  ...["mysql", "mysqldump", "mysqladmin", "mariadb", "mariadb-dump"].map((
    c,
  ): [string, string, boolean, boolean] => [c, "-p", true, false]),
  ...["sshpass", "mongo", "mongosh", "mongodump", "mongorestore"].map((
    c,
  ): [string, string, boolean, boolean] => [c, "-p", false, false]),
  ...["docker", "podman", "nerdctl", "buildah", "skopeo", "oras", "helm", "crane", "az"].map((
    c,
  ): [string, string, boolean, boolean] => [c, "-p", false, true]),
  ["redis-cli", "-a", false, false],
  ["ssh-keygen", "-N", false, false],
  ["zip", "-P", false, false],
  ["unzip", "-P", false, false],
  ["7z", "-p", true, false],
  ["7za", "-p", true, false],
  ["7zz", "-p", true, false],
  ["sqlcmd", "-P", false, false],
  ["hdbsql", "-p", false, false],
  ...["ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd", "vsql"].map((
    c,
  ): [string, string, boolean, boolean] => [c, "-w", false, false]),
];

Deno.test("each command's password flag: apart (unless glued only), glued, quoted; registry clients only in login", () => {
  const cases: [string, string[]][] = [];
  for (const [command, flag, gluedOnly, login] of FLAGGED) {
    const head = login ? `${command} login registry.example.com -u bot` : `${command} -x`;
    cases.push([`${head} ${flag} ${P} tail`, gluedOnly ? [] : [P]]);
    cases.push([`${head} ${flag}${P} tail`, [P]]);
    cases.push([`${head} ${flag} '${P}' tail`, gluedOnly ? [] : [P]]);
    cases.push([`${head} ${flag} "${P}"`, gluedOnly ? [] : [P]]);
    cases.push([`${head} ${flag}`, []]);
    // Another flag of the same letters is no password flag.
    cases.push([
      `${head} ${flag === flag.toLowerCase() ? flag.toUpperCase() : flag.toLowerCase()} x1`,
      [],
    ]);
    if (login) cases.push([`${command} run ${flag} 8080:80 image`, []]);
  }
  check(cases);
});

Deno.test("a password that starts with a dash: 6 or more characters, a digit or capital within the first 201", () => {
  const cases: [string, string[]][] = [];
  for (
    const word of [
      "-aB1cd",
      "-abcd1",
      "-Abcde",
      "-a-b-C",
      `-${"a".repeat(199)}1`,
      `-${"a".repeat(200)}Q`,
    ]
  ) {
    cases.push([`sshpass -p ${word} ssh host`, [word]]);
    cases.push([`docker login -u bot -p ${word} ghcr.io`, [word]]);
  }
  for (
    const word of [
      "-abc1",
      "-ab1",
      "-abcdef",
      "--Abc123",
      `-${"a".repeat(201)}1`,
      "-",
      "--opt-Ab12x",
    ]
  ) {
    cases.push([`sshpass -p ${word} ssh host`, []]);
  }
  check(cases);
});

Deno.test("quoted arguments: a backslash escapes only inside double quotes; empty quotes are no password", () => {
  check([
    [`sshpass -p "Pa\\"ss w0rd" ssh`, ['Pa\\"ss w0rd']],
    [`sshpass -p 'Pa\\' ssh`, ["Pa\\"]],
    [`sshpass -p "Pa\\\\" ssh`, ["Pa\\\\"]],
    [`sshpass -p 'Pa ss'x ssh`, ["'Pa ss'x"]],
    [`sshpass -p 'ab' ssh`, ["ab"]],
    [`sshpass -p 'a' ssh`, ["a"]],
    [`sshpass -p ' ssh x`, ["' ssh x"]],
  ]);
  // An empty argument, or a lone quote, gives an empty value: nothing to mask.
  for (const line of ["sshpass -p '' ssh x", 'sshpass -p "" ssh x', "sshpass -p '"]) {
    deepStrictEqual(commandValues(line).every((v) => v.end === v.start), true, line);
  }
});

Deno.test("SQL IDENTIFIED BY and ConvertTo-SecureString: 1 to 4 blanks at each place, a plugin of up to 40 characters", () => {
  const cases: [string, string[]][] = [];
  for (let n = 1; n <= 5; n++) {
    const s = " ".repeat(n);
    const want = n <= 4 ? [P] : [];
    cases.push([`CREATE USER app IDENTIFIED${s}BY '${P}';`, want]);
    cases.push([`CREATE USER app IDENTIFIED BY${s}'${P}';`, want]);
    cases.push([`CREATE USER app IDENTIFIED BY PASSWORD${s}'${P}';`, want]);
    cases.push([`CREATE USER app IDENTIFIED${s}WITH plugin BY '${P}';`, want]);
    cases.push([`CREATE USER app IDENTIFIED WITH${s}plugin BY '${P}';`, want]);
    cases.push([`CREATE USER app IDENTIFIED WITH plugin${s}BY '${P}';`, want]);
    cases.push([`$s = ConvertTo-SecureString${s}"${P}" -AsPlainText`, want]);
    cases.push([`$s = ConvertTo-SecureString -String${s}"${P}" -AsPlainText`, want]);
  }
  for (const length of [1, 40, 41]) {
    cases.push([`IDENTIFIED WITH ${"p".repeat(length)} BY '${P}'`, length <= 40 ? [P] : []]);
  }
  cases.push([`xidentified by '${P}'`, []]);
  cases.push([`xconvertto-securestring '${P}'`, []]);
  cases.push([`identified by "${P}`, [P]]);
  cases.push([`IDENTIFIED BY ''`, []]);
  cases.push([`::add-mask::${P}  \t`, [P]]);
  cases.push([`::add-mask::${P}"rest`, [P]]);
  cases.push([`::add-mask::   `, []]);
  check(cases);
});

Deno.test("curl's user:password, glued or apart; a user alone only when it is an API key", () => {
  const key = "abcdef123456";
  check([
    [`curl -u admin:${P} https://x`, [P]],
    [`curl -uadmin:${P} https://x`, [P]],
    [`curl -sSuadmin:${P} https://x`, [P]],
    [`curl --user=admin:${P} https://x`, [P]],
    [`curl --proxy-user=admin:${P} https://x`, [P]],
    [`curl x--user=admin:${P} https://x`, []],
    [`curl -u admin https://x:443`, []],
    [`curl -u admin: https://x`, []],
    [`curl -u '${key}:' https://x`, [key]],
    [`curl -u ${key.slice(1)}: https://x`, []],
    [`curl -u abcdefghijkl: https://x`, []],
    [`curl -u 123456789012: https://x`, []],
    [`curl -u ab:cd${key}: https://x`, [`cd${key}:`]],
  ]);
});

Deno.test("positional passwords: htpasswd -b, rabbitmqctl, smbclient, keytool, net use; and what is none", () => {
  check([
    [`htpasswd -b .htpasswd bob ${P}`, [P]],
    [`htpasswd -nb bob ${P}`, [P]],
    [`htpasswd -c -b .htpasswd bob ${P}`, [P]],
    [`htpasswd -c .htpasswd bob ${P}`, []],
    [`htpasswd -b .htpasswd bob`, []],
    [`mosquitto_passwd -b /etc/mosquitto/passwd bob ${P}`, [P]],
    [`mosquitto_passwd -c /etc/mosquitto/passwd bob`, []],
    [`mosquitto_passwd -U /etc/mosquitto/passwd`, []],
    [`rabbitmqctl add_user bob ${P}`, [P]],
    [`rabbitmqctl -q change_password bob ${P}`, [P]],
    [`rabbitmqctl authenticate_user ops- ${P}`, [P]],
    [`rabbitmqctl add_users bob ${P}`, []],
    [`rabbitmqctl list_users bob ${P}`, []],
    [`rabbitmqctl add_user bob`, []],
    [`smbclient //srv/share -U bob%${P}`, [P]],
    [`smbclient //srv/share --user bob%${P}`, [P]],
    [`smbclient //srv/share -Ubob%${P}`, [P]],
    [`smbclient //srv/share --user=bob%${P}`, [P]],
    [`smbclient //srv/share -U bob%`, []],
    [`smbclient //srv/share -U bob`, []],
    [`smbclient //srv/my%20share -N`, []],
    [`smbclient //srv/x-Ubob%20 -N`, []],
    [`keytool -storepass ${P} -list`, [P]],
    [`keytool -list -keypass ${P}-`, [`${P}-`]],
    [`keytool -importkeystore -srcstorepass ${P} -deststorepass ${P}x`, [P, `${P}x`]],
    [`keytool -storepasswd -new ${P}`, [P]],
    [`keytool -list -storepass`, []],
    [`keytool -list -storepass -v`, []],
    [`keytool -list -xstorepass ${P}`, []],
    // A long option in any case (Windows' scripts write them in capitals); a short one in its own.
    [`keytool -list -STOREPASS ${P}`, [P]],
    [`keytool -importkeystore -SrcStorePass ${P} -DESTKEYPASS ${P}x`, [P, `${P}x`]],
    [`SCHTASKS /CREATE /RU bob /RP ${P}`, [P]],
    [`pk12util -i a.p12 -w ${P}`, []],
    [`net use \\\\srv\\share ${P} /user:bob`, [P]],
    [`NET USE Z: \\\\srv\\share ${P} /user:bob`, [P]],
    [`net use * \\\\srv\\share q:Xy12345 /persistent:no`, ["q:Xy12345"]],
    [`net use Z: \\\\srv\\share Pa/ss1234`, ["Pa/ss1234"]],
    [`net view \\\\srv ${P}`, []],
  ]);
});

Deno.test("a command past MAX_WORDS words is cut at its next word and nothing after it is read", () => {
  const words = "-v ".repeat(MAX_WORDS);
  const line = `sshpass ${words}-p ${P} ; sshpass -p ${P}x`;
  const values = commandValues(line);
  deepStrictEqual(values.length, 1);
  deepStrictEqual([values[0].start, values[0].end, values[0].cut], [
    `sshpass ${words}`.length,
    line.length,
    true,
  ]);
  const fits = `sshpass ${"-v ".repeat(MAX_WORDS - 2)}-p ${P}`;
  deepStrictEqual(found(fits), [P]);
});

Deno.test("net use's password is masked however net and use are spaced", () => {
  const scrubber = createScrubber();
  for (const blanks of [" ", "  ", "\t", " \t "]) {
    for (const net of ["net", "NET", "Net"]) {
      const line = `${net}${blanks}use \\\\srv\\share Secr3tPw!x /user:bob`;
      const text = scrubber.scrub(line).text;
      deepStrictEqual(text.includes("Secr3tPw!x"), false, `${line} => ${text}`);
    }
  }
});
