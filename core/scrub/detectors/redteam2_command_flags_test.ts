/**
 * Passwords given to tools and server directives the second red-team round found unread:
 * `ssh-keygen -N`, `zip`/`unzip -P`, `7z -p…` (glued), Apache `SetEnv NAME v`, nginx
 * `fastcgi_param NAME v;` and `proxy_set_header NAME v;`, `npm config set //registry/:_authToken v`
 * — generated passwords in each; an
 * empty passphrase and a name that is no secret stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam_values.ts";
import { mixed, password } from "../corpus/redteam2/providers.ts";

const scrubber = createScrubber();

const LINES: ((pw: string) => string)[] = [
  (pw) => `+ ssh-keygen -t ed25519 -N ${pw} -f /tmp/deploy_key`,
  (pw) => `zip -r -P ${pw} backup.zip /srv/data`,
  (pw) => `unzip -P ${pw} backup.zip -d /restore`,
  (pw) => `7z a -p${pw} -mhe=on backup.7z /srv/data`,
  (pw) => `SetEnv DB_PASSWORD ${pw}`,
  (pw) => `    fastcgi_param APP_SECRET ${pw};`,
  (pw) => `  proxy_set_header X-Api-Key ${pw};`,
  (pw) => `npm config set //registry.npmjs.org/:_authToken ${pw}`,
  (pw) => `yarn config set //npm.pkg.github.com/:_authToken ${pw}`,
];

Deno.test("a password given to ssh-keygen, zip, 7z or a server directive is masked", () => {
  const r = new Rand(91);
  const leaks: string[] = [];
  for (const write of LINES) {
    for (let i = 0; i < 6; i++) {
      const pw = i % 2 ? password(r) : mixed(r, 10 + r.int(20));
      const line = write(pw);
      if (scrubber.scrub(line).text.includes(pw)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an empty passphrase and directives of names that are no secret stay", () => {
  const lines = [
    "ssh-keygen -t rsa -b 4096 -N '' -f /tmp/k",
    "SetEnv APP_ENV production",
    "    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;",
    "  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
    "npm config set //registry.npmjs.org/:always-auth true",
  ];
  deepStrictEqual(lines.map((l) => scrubber.scrub(l).text), lines);
});
