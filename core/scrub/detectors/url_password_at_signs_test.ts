/**
 * A URL's password holding an unencoded `@` (`scheme://user:pa@ss@host`): the user-info ends at
 * its last `@` before the authority's end, so the whole password is masked and the host kept. An
 * `@` past the authority (in the path or query, after a blank) is not the password's.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a password with `@` in it is masked whole, the host kept", () => {
  for (
    const [line, host] of [
      ["mongodb+srv://svc:Rt4@kq9!@cluster1.internal/app", "@cluster1.internal/app"],
      ["postgres://admin:Wm3@@vT8@db.internal:5432/app", "@db.internal:5432/app"],
      ["redis://:c4@ch3@cache.internal:6379", "@cache.internal:6379"],
    ]
  ) {
    const out = scrub(line);
    ok(out.endsWith(host) && out.includes("[REDACTED:url-credentials]"), out);
    for (const piece of ["kq9", "vT8", "ch3"]) ok(!out.includes(piece), out);
  }
});

Deno.test("an `@` past the authority is not the password's", () => {
  strictEqual(
    scrub("postgres://u:Pq7x@h1.internal/db?owner=a@b"),
    "postgres://u:[REDACTED:url-credentials]@h1.internal/db?owner=a@b",
  );
  strictEqual(
    scrub("amqp://u:Pq7x@h1.internal then @ops"),
    "amqp://u:[REDACTED:url-credentials]@h1.internal then @ops",
  );
});
