/**
 * A reader that needs its key to start the line (a configuration file's `masterauth v`, a
 * .netrc's `password v`, a dot leader's `api_key ..... v`) also reads it after what a logger, a
 * log shipper or a tool prints before the line's text (LOGGED_HEAD): a timestamp, a syslog head,
 * a line number, a level, a bracket, a container's `name-1  | `, `grep -n`'s `12:`, a file and
 * its line. Prose after such a head stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const random = seededRandom(1207);
const pick = (chars: string, n: number) =>
  Array.from({ length: n }, () => chars[Math.floor(random() * chars.length)]).join("");
/** A mixed-class password: letters of both cases, digits, a sign. */
const password = () =>
  pick("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + pick("abcdefghijkmnopqrstuvwxyz", 5) +
  pick("0123456789", 3) + pick("#%+!", 1) + pick("abcdefghijkmnopqrstuvwxyz", 2);

const HEADS = [
  "2026-12-07T10:00:01.123Z ",
  "2026-12-07T10:00:01.123456789Z ",
  "2026-12-07 10:00:01,123 ",
  "Dec  7 10:00:01 cache-1 redis[812]: ",
  "  41  ",
  "41\t",
  "[12] ",
  "[pod/cache-0/redis] ",
  "INFO ",
  "app-1  | ",
  "12:",
  "conf/redis.conf:41:",
  "redis.conf:41 ",
  "2026-12-07T10:00:01Z redis.conf:41 ",
  "+ ",
  "> ",
];

Deno.test("a key that starts its line is read after a logger's head", () => {
  for (const head of HEADS) {
    for (const key of ["masterauth", "requirepass", "auth_pass", "password"]) {
      const value = password();
      const line = `${head}${key} ${value}`;
      ok(!scrubWholeAndStreamed(line).includes(value), line);
    }
    const value = password();
    const dots = `${head}mail_password ........ ${value}`;
    ok(!scrubWholeAndStreamed(dots).includes(value), dots);
  }
});

Deno.test("prose after a logger's head stays", () => {
  const lines = HEADS.flatMap((head) => [
    `${head}password expired for user deploy`,
    `${head}requirepass not set`,
    `${head}token refreshed`,
  ]);
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
