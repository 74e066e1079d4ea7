/**
 * SQLAlchemy's echo prints a statement, then its parameters as a Python tuple on the line below
 * (`[generated in 0.0002s] ('v', 7)`, `[cached since 3.1s ago] (…)`): the tuple's value for a `?`
 * whose INSERT column names personal data only its name identifies (a national id, a tax number)
 * is masked, as is a secret column's; the other values are kept, byte for byte. Hibernate's
 * binding lines get the same reading for personal columns. Values are seeded (a TCKN with its two
 * check digits, computed here from the published rule).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(5150);
const digit = () => Math.floor(random() * 10);
/** A Turkish identity number: nine digits (no leading 0), then its two check digits. */
function tckn(): string {
  const d = [1 + Math.floor(random() * 9), ...Array.from({ length: 8 }, digit)];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  const tenth = (((7 * odd - even) % 10) + 10) % 10;
  return d.join("") + tenth + (odd + even + tenth) % 10;
}
const ENGINE = "INFO sqlalchemy.engine.Engine ";

Deno.test("the tuple's value of a personal or secret column is masked", () => {
  const leaks: string[] = [];
  for (
    const head of ["[generated in 0.00021s] ", "[cached since 12.4s ago] ", "[no key 0.00011s] "]
  ) {
    const id = tckn();
    const text = `${ENGINE}INSERT INTO account (name, tckn, created) VALUES (?, ?, ?)\n` +
      `${ENGINE}${head}('Ops', '${id}', '2025-03-01')`;
    if (scrub(text).includes(id)) leaks.push(text);
    const secret = `s3cr3t-${tckn()}-Kq`;
    const text2 = `${ENGINE}INSERT INTO integration (id, api_secret) VALUES (?, ?)\n` +
      `${ENGINE}${head}(7, '${secret}')`;
    if (scrub(text2).includes(secret)) leaks.push(text2);
  }
  const id = tckn();
  const hibernate = "Hibernate: insert into customer (tckn, id) values (?, ?)\n" +
    `TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [${id}]`;
  if (scrub(hibernate).includes(id)) leaks.push(hibernate);
  deepStrictEqual(leaks, []);
});

Deno.test("the other values of the tuple, and a tuple under no personal column, are kept", () => {
  const changed: string[] = [];
  for (let i = 0; i < 4; i++) {
    for (
      const text of [
        `${ENGINE}INSERT INTO orders (sku, qty, note) VALUES (?, ?, ?)\n` +
        `${ENGINE}[generated in 0.00021s] ('SKU-${tckn()}', ${digit()}, None)`,
        `${ENGINE}SELECT id FROM orders WHERE ref = ?\n${ENGINE}[cached since 1.2s ago] ('${tckn()}',)`,
      ]
    ) {
      if (scrub(text) !== text) changed.push(text);
    }
  }
  const text = `${ENGINE}INSERT INTO account (name, tckn, created) VALUES (?, ?, ?)\n` +
    `${ENGINE}[generated in 0.00021s] ('Ops', '${tckn()}', '2025-03-01')`;
  const out = scrub(text);
  if (!out.includes("('Ops', '") || !out.endsWith("', '2025-03-01')")) changed.push(out);
  deepStrictEqual(changed, []);
});
