/**
 * What the third benign corpus (../corpus/benign3.jsonl) found the key/value reader damaging, and
 * the Redis passwords it found leaking: a PAM label `pam_unix(passwd:chauthtok)`, a syslog tag
 * cut short before `]:` (`gdm-password]: …`) and a Helm `checksum/secret:` digest are no
 * assignments; `"AUTH" "pass"` as Redis MONITOR prints it, and `AUTH pass` at a redis-cli
 * prompt, are.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { inputValues } from "./commands.ts";

const scrubber = createScrubber();
const P = "tiger.695coffeezgD";

Deno.test("labels and digests that end in a secret word stay", () => {
  for (
    const text of [
      "Mar 12 13:44:30 db-primary passwd[21052]: pam_unix(passwd:chauthtok): password changed for svc",
      "Oct  6 07:30:48 api passwd[74216]: pam_sss(passwd:auth): authentication success",
      "Sep 19 10:17:50 db-primary gdm-password]: gkr-pam: unlocked login keyring",
      `  annotations:\n    checksum/secret: 9bf11da89a340cb47c12405df0e1f2a3b4c5d6e7f0e1f2a3b4c5d6e7f0e1f2a3`,
      '{"checksum/secret":"707e50d3a393683703a607f38c1b2a3d4e5f60718293a4b5c6d7e8f901a2b3c4"}',
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});

Deno.test("the forms those rules leave are still read", () => {
  for (
    const [text, secret] of [
      ['env["API_TOKEN"] = "Zx9Qm2LwV7pK4rT8yB3n"', "Zx9Qm2LwV7pK4rT8yB3n"],
      ["ENV[API_TOKEN]=Zx9Qm2LwV7pK4rT8yB3n", "Zx9Qm2LwV7pK4rT8yB3n"],
      ["log(password:Zx9Qm2LwV7pK!x)", "Zx9Qm2LwV7pK!x"],
      ["secret: Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e", "Zx9Qm2LwV7pK4rT8yB3nD6hJ1sF5gC0e"],
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(secret), `${text} -> ${out}`);
  }
});

Deno.test("Redis AUTH: the password, as MONITOR prints it and at a redis-cli prompt", () => {
  const texts = (line: string) => inputValues(line).map((v) => line.slice(v.start, v.end));
  for (
    const line of [
      `1705583508.964874 [0 unix:/run/redis.sock] "AUTH" "${P}"`,
      `1705583508.964874 [0 lua] "auth" "default" "${P}"`,
      `127.0.0.1:6379> AUTH ${P}`,
      `127.0.0.1:6379[2]> AUTH default ${P}  `,
    ]
  ) deepStrictEqual(texts(line), [P], line);
  for (const line of ["auth failed for user bob", '{"type":"auth","ok":true}', "> auth"]) {
    deepStrictEqual(texts(line), [], line);
  }
});
