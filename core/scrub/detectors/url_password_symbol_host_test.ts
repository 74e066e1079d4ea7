/**
 * A URL's password holding a sign an e-mail's local part cannot start after (`!`, `$`, `*`, `~` …:
 * `https://monitor:m0n1t0r!ng@metrics.example.com/api`): the password is masked and the host
 * stays, as for any other password; the part after the sign is no e-mail address whose domain the
 * host would be.
 */
import { ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const SIGNS = "!$*~(),;";

Deno.test("a URL's password with a sign in it is masked and its host kept", () => {
  const rnd = seededRandom(0x5e7f);
  const word = (n: number) =>
    Array.from({ length: n }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
  for (const host of ["metrics.example.com", "db.internal.example.org", "grafana.müller.de"]) {
    for (const sign of SIGNS) {
      const password = `${word(7)}${sign}${word(3)}`;
      for (
        const line of [
          `GET https://monitor:${password}@${host}/api/health 200`,
          `DATABASE_URL=postgres://app:${password}@${host}/orders`,
        ]
      ) {
        const out = scrubber.scrub(line).text;
        ok(!out.includes(password.slice(-3) + "@"), out);
        ok(out.includes(`@${host}/`), out);
      }
    }
  }
});
