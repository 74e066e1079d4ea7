/**
 * A URL's password holding a blank, logged unencoded (`postgres://app:my pass@db1/app`), or its
 * `%20`: masked whole, the host kept. Only the last blank before the `@` is read so (the rest up
 * to the `@` has none); a blank first or right after a port is no password's
 * (`https://db1:8080 ops@db1`: a port, then a word and an address).
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { VALUE_CAP } from "../kv/assignments.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(0x2b1a);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const word = () => pick(["harbor", "Violet", "ember", "Quill", "saffron", "Tundra"]);
const password = () => word() + Math.floor(100 + random() * 900) + pick(["", "!", "#", "x"]);

Deno.test("a URL's password with a blank or %20 in it is masked whole, the host kept", () => {
  for (const scheme of ["postgres", "mysql", "mongodb+srv", "redis", "amqp", "https"]) {
    for (const blank of [" ", "%20"]) {
      const first = password(), second = password();
      const host = pick(["db1", "pg.internal", "cache-03.prod.local"]) + ":5432/app";
      const line = `${pick(["connect", "dsn="])} ${scheme}://svc:${first}${blank}${second}@${host}`;
      const out = scrub(line);
      ok(!out.includes(first) && !out.includes(second), out);
      ok(out.endsWith(`[REDACTED:url-credentials]@${host}`), out);
    }
  }
});

Deno.test("a blank first, or after a port, is no password's", () => {
  for (
    const line of [
      "see https://db1:8080 or write to ops@db1",
      "http://cache-03:6379 ready, owner ops@cache-03",
      "proxy=http://gw: x@y",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a URL's password with a blank, longer than twice the value cap, still cuts the line", () => {
  // The filter's second branch admits user-info running past the cap whether or not it holds a
  // blank; before, a low-entropy run after the blank past 2 × VALUE_CAP characters was left.
  for (const length of [VALUE_CAP - 20, VALUE_CAP + 20, 2 * VALUE_CAP + 50, 3 * VALUE_CAP]) {
    const tail = "Qz" + "b".repeat(length);
    const out = scrub(`dsn=postgres://app:${password()} ${tail}@db1.internal/app sslmode=require`);
    ok(!out.includes("bbbbbbbb"), `${length}: ${out.slice(0, 120)}`);
  }
});
