/**
 * Every command-line password form, generated in every shell quoting and at every length around
 * VALUE_CAP: the password is found exactly (without its quotes), and one longer than VALUE_CAP is
 * flagged as cut (masked to the line's end). Also the bounds on the words of one command
 * (MAX_WORDS) and on the commands of one line: past them the rest of the line is a cut.
 */
import { deepStrictEqual } from "@node/assert";
import { type CommandValue, commandValues, MAX_WORDS } from "./commands.ts";
import { VALUE_CAP } from "./assignments.ts";
import { createScrubber } from "../mod.ts";

/** A form: the text before the (maybe quoted) password and after it; `{q}` is the quote. */
const FORMS: [before: string, after: string][] = [
  ["curl -u {q}deploy:", "{q} https://x"],
  ["curl -sSu {q}deploy:", "{q} https://x"],
  ["curl --user {q}deploy:", "{q} https://x"],
  ["curl -U {q}deploy:", "{q} https://x"],
  ["curl --proxy-user {q}deploy:", "{q} https://x"],
  ["curl --user={q}deploy:", "{q} https://x"],
  ["curl --oauth2-bearer {q}", "{q} https://x"],
  ["mysql -h db1 -p{q}", "{q} billing"],
  ["sshpass -p {q}", "{q} ssh host"],
  ["mongosh -u app -p {q}", "{q} db"],
  ["docker login -u bob -p {q}", "{q} registry.example.com"],
  ["az login -u bob -p {q}", "{q}"],
  ["redis-cli -h r1 -a {q}", "{q} ping"],
  ["sqlcmd -S h -P {q}", "{q} -Q go"],
  ["ldapsearch -x -w {q}", "{q} -b dc=x"],
  ["htpasswd -b /etc/htpasswd bob {q}", "{q}"],
  ["htpasswd -nb bob {q}", "{q}"],
  ["rabbitmqctl add_user bob {q}", "{q}"],
  ["rabbitmqctl change_password bob {q}", "{q}"],
  ["smbclient //h/s -U {q}bob%", "{q} -c ls"],
  ["smbclient //h/s -U{q}bob%", "{q} -c ls"],
  ["smbclient //h/s --user={q}bob%", "{q} -c ls"],
  ["keytool -list -storepass {q}", "{q} -v"],
  ["keytool -importkeystore -destkeypass {q}", "{q}"],
  ["net use \\\\host\\share {q}", "{q} /user:bob"],
];

/** Forms whose argument is always quoted, with the quotes they take. */
const QUOTED_FORMS: [before: string, after: string][] = [
  ["CREATE USER bob IDENTIFIED BY {q}", "{q};"],
  ["ALTER USER bob IDENTIFIED WITH caching_sha2_password BY {q}", "{q};"],
  ["GRANT ALL ON *.* TO bob IDENTIFIED BY PASSWORD {q}", "{q};"],
  ["create user bob identified  by\tpassword    {q}", "{q};"],
  ["$p = ConvertTo-SecureString {q}", "{q} -AsPlainText -Force"],
  ["$p = ConvertTo-SecureString -String {q}", "{q} -AsPlainText -Force"],
  ["echo {q}::add-mask::", "{q}"],
];

const valueOf = (length: number) => "Xk29mq7L".repeat(Math.ceil(length / 8)).slice(0, length);
const LENGTHS = [1, 2, VALUE_CAP - 1, VALUE_CAP, VALUE_CAP + 1, VALUE_CAP * 2];

const spans = (values: CommandValue[]) => values.map((v) => [v.start, v.end, v.cut]);

Deno.test("each command's password, in every quoting and around VALUE_CAP, is found exactly or cut", () => {
  const problems: string[] = [];
  const check = (before: string, after: string, quotes: string[]) => {
    for (const q of quotes) {
      for (const length of LENGTHS) {
        const head = "$ " + before.replaceAll("{q}", q);
        const secret = valueOf(length);
        const line = head + secret + after.replaceAll("{q}", q);
        const expected = [[head.length, head.length + length, length > VALUE_CAP]];
        const got = spans(commandValues(line));
        if (JSON.stringify(got) !== JSON.stringify(expected)) {
          problems.push(`${line.slice(0, 60)} (${length}): got ${JSON.stringify(got)}`);
        }
      }
    }
  };
  for (const [before, after] of FORMS) check(before, after, ["", "'", '"']);
  for (const [before, after] of QUOTED_FORMS) check(before, after, ["'", '"']);
  deepStrictEqual(problems, []);
});

Deno.test("an API key given as curl's user is found in every quoting; a plain user name is not", () => {
  for (const q of ["", "'", '"']) {
    const key = "k9Xq2Lm7Zp4R";
    const line = `curl -u ${q}${key}:${q} https://x`;
    const at = line.indexOf(key);
    deepStrictEqual(spans(commandValues(line)), [[at, at + key.length, false]], line);
    deepStrictEqual(commandValues(`curl -u ${q}k9Xq2Lm7Zp4:${q} https://x`), [], "11 characters");
    deepStrictEqual(commandValues(`curl -u ${q}administrator:${q} https://x`), [], "no digit");
    deepStrictEqual(commandValues(`curl -u ${q}123456789012:${q} https://x`), [], "no letter");
    // punctuation in it too (a password given as the user: detect-secrets' and gitleaks' tests)
    const punctuated = "k9X!q2L@m7Zp";
    const at2 = `curl -u ${q}`.length;
    deepStrictEqual(
      spans(commandValues(`curl -u ${q}${punctuated}:${q} https://x`)),
      [[at2, at2 + punctuated.length, false]],
      punctuated,
    );
  }
});

Deno.test("at MAX_WORDS words a command's password is read; past them the rest is one cut", () => {
  for (const words of [MAX_WORDS - 2, MAX_WORDS - 1, MAX_WORDS, MAX_WORDS + 1]) {
    // `-v` options, then `-p PASS`: `-p` is word words - 1, the password the last word.
    const head = "sshpass " + "-v ".repeat(words - 2) + "-p ";
    const line = head + "Xk29mq7L";
    const expected = words <= MAX_WORDS
      ? [[head.length, line.length, false]]
      : [[head.length, line.length, true]];
    deepStrictEqual(spans(commandValues(line)), expected, `${words} words`);
  }
});

Deno.test("at 100 commands on a line each is read; the 101st and all after it are one cut", () => {
  const one = "sshpass -p Xk29mq7L ssh h; ";
  for (const count of [99, 100, 101, 102]) {
    const line = one.repeat(count);
    const expected: [number, number, boolean][] = [];
    for (let k = 0; k < Math.min(count, 100); k++) {
      expected.push([k * one.length + 11, k * one.length + 19, false]);
    }
    if (count > 100) expected.push([100 * one.length, line.length, true]);
    deepStrictEqual(spans(commandValues(line)), expected, `${count} commands`);
  }
});

Deno.test("the scrubber masks each command's password in every quoting, the command in any case", () => {
  const scrubber = createScrubber();
  const problems: string[] = [];
  const secret = "Xk29mq7Lw4";
  for (const [forms, quotes] of [[FORMS, ["", "'", '"']], [QUOTED_FORMS, ["'", '"']]] as const) {
    for (const [before, after] of forms) {
      for (const q of quotes) {
        const line = before.replaceAll("{q}", q) + secret + after.replaceAll("{q}", q);
        // Commands are found in any case (options are not: `-p` and `-P` differ).
        const upper = line.replace(/^[a-z-]+/, (c) => c.toUpperCase());
        for (const text of [line, upper]) {
          const out = scrubber.scrub(`ts=1 ${text}`).text;
          if (out.toLowerCase().includes(secret.toLowerCase())) problems.push(out);
        }
      }
    }
  }
  deepStrictEqual(problems, []);
});

Deno.test("a registry client's or az's -p outside its login is no password", () => {
  for (const command of ["docker", "podman", "helm", "az"]) {
    for (const line of [`${command} run -p 8080:80 web`, `${command} vm open-port -p 443 -n web`]) {
      deepStrictEqual(commandValues(line), [], line);
    }
    const login = `${command} login -u bob -p Xk29mq7L`;
    deepStrictEqual(spans(commandValues(login)), [[login.length - 8, login.length, false]]);
  }
});

Deno.test("a command ends at a pipe, ;, &, ) or backquote: a later -p is not its flag", () => {
  for (const end of ["|", ";", "&", "&&", ")", "`"]) {
    const line = `$(sshpass -f pw.txt ssh h ${end} nc -p 8080 h`;
    deepStrictEqual(commandValues(line), [], line);
  }
  // Only rabbitmqctl's own subcommands take a password.
  deepStrictEqual(commandValues("rabbitmqctl re_add_user bob Xk29mq7L"), []);
});

Deno.test("values found by different readers come out in line order", () => {
  const line = "CREATE USER b IDENTIFIED BY 'Pw1xk29mq'; -- sshpass -p Pw2xk29mq ssh h";
  deepStrictEqual(commandValues(line).map((v) => line.slice(v.start, v.end)), [
    "Pw1xk29mq",
    "Pw2xk29mq",
  ]);
});
