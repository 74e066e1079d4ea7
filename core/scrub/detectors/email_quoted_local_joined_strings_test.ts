/**
 * Code joining strings around a variable (`"postgres://u:" + pw + "@db.host"`, PHP's `.`) holds
 * no address whose local part is quoted: the line stays. A quoted local part is still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

/** A made-up mailbox name, from a small seeded generator. */
function nameOf(seed: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  const word = () =>
    Array.from({ length: 3 + (next() % 6) }, () => letters[next() % letters.length]).join("");
  return `${word()} ${word()}`;
}

Deno.test("strings joined around a variable before a host are no address", () => {
  const kept = [
    '  connection: "postgresql://reporter:" + process.env.PG_PASS + "@pg.acme.io:5432/sales",',
    'const url = "amqp://svc:" + rabbitPassword + "@mq.acme.io/vhost";',
    '$dsn = "mysql://app:" . $dbPass . "@db.acme.io/orders";',
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});

Deno.test("a quoted local part is still masked", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const name = nameOf(seed);
    const out = scrub(`bounce for "${name}"@mail.acme.io (550)`);
    strictEqual(out.includes(name), false, out);
  }
});
