/**
 * lftp's `-u user,password` (`--user` too), as a script traced by `set -x` shows it: the part
 * after the comma is masked, the user kept; `-u user` alone, or with an empty password (`-u
 * deploy,`, for a key's login), leaves the line as it is.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*_";

Deno.test("lftp's password after the user's comma is masked, the user kept", () => {
  const rnd = seededRandom(0x1f7b);
  for (let i = 0; i < 12; i++) {
    const pw = Array.from({ length: 12 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `lftp -u deploy,${pw} sftp://files.corp.net`,
        `+ lftp -u "deploy,${pw}" -p 21 ftp://files.corp.net`,
        `lftp -e 'mirror -R out /www; quit' -u deploy,${pw} files.corp.net`,
        `lftp --user deploy,${pw} files.corp.net`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(pw), out);
      ok(out.includes("deploy,"), out);
    }
  }
});

Deno.test("lftp given a user and no password leaves the line as it is", () => {
  for (
    const line of [
      "lftp -u deploy sftp://files.corp.net",
      "lftp -u deploy, sftp://files.corp.net",
      "lftp -e 'mirror -R out /www; quit' files.corp.net",
    ]
  ) strictEqual(scrub(line), line);
});
