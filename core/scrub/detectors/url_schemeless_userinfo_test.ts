/**
 * User-info written with no scheme (`admin:pw@db.internal:5432`, `alice:TOKEN@github.com/org/repo`,
 * `user:pw@10.0.0.5`), or left without its scheme by a hard wrap of a long line (the line above
 * holds `postgres://ch`, this one `eckout:pw@db.internal:5432/orders`): the password is masked,
 * the user and host stay. What only looks like it stays whole: mail addresses, SSH and git
 * remotes, digests, SIP addresses, times, a name after the colon (letters, `_`, `.`, `-`).
 */
import { equal, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const SIGNS = "!#$%*_-.";

Deno.test("a password in user-info with no scheme is masked, its user and host kept", () => {
  const rnd = seededRandom(0x5c4e);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const word = (n: number) => Array.from({ length: n }, () => pick([...CHARS])).join("");
  for (let i = 0; i < 40; i++) {
    const password = word(6) + pick([...SIGNS]) + word(5);
    const user = pick(["admin", "svc_orders", "deploy", "jane.doe", "ci-bot"]);
    const ip = `10.${Math.floor(rnd() * 250)}.${Math.floor(rnd() * 250)}.${
      1 + Math.floor(rnd() * 250)
    }`;
    const host = pick(["db.internal", "pg-1.prod.local", "cache3", ip]);
    for (
      const [line, kept] of [
        [`INFO connecting to ${user}:${password}@${host}:5432`, `${user}:`],
        [`pool opened ${user}:${password}@${ip} in 12ms`, `${user}:`],
        [`dsn=${user}:${password}@${host}:3306/orders sslmode=require`, "/orders"],
        [`{"dsn":"${user}:${password}@${host}:6379/0","ms":4}`, `"dsn":"${user}:`],
        // A password with `.`, `-` or `_` makes its tail and the host look like an e-mail address:
        // the host may go with it.
        [`git remote add origin ${user}:${password}@github.com/acme/api.git`, `${user}:`],
        [`rsync -az ./out ${user}:${password}@${host}:/srv/www/`, ":/srv/www/"],
        [`upstream ${user}:${password}@cache3`, "@cache3"],
        [`checkout:${password}@db.internal:5432/orders"}`, "@db.internal:5432/orders"],
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(password), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("what only looks like user-info with no scheme stays", () => {
  const rnd = seededRandom(0x5c4f);
  const hex = (n: number) =>
    Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(rnd() * 16)]).join("");
  for (let i = 0; i < 8; i++) {
    for (
      const line of [
        `docker pull registry.corp.net:5000/app@sha256:${hex(64)}`,
        `image: nginx:1.2${i}@sha256:${hex(64)}`,
        `git clone git@github.com:acme/repo${i}.git`,
        `scp deploy@db-${i}.internal:/var/log/app.log .`,
        `INVITE sip:10${i}1@pbx.corp.net:5060 SIP/2.0`,
        `time=12:3${i}@node${i} queued`,
        `user:alice@cache${i} accepted`,
        `login user:jane.doe@ldap${i} ok`,
        `user:svc_backup@db${i} connected`,
        `pkg:npm/left-pad@1.${i}.0 resolved`,
        `https://api:9443 @mention the on-call`,
      ]
    ) equal(scrubber.scrub(line).text, line);
  }
});
