/**
 * Lines a CSV header would read wrongly (issue 10, benign text of real logs): a log message of
 * two clauses (`renew token; session expired`) has the shape of a `;`-separated header naming a
 * secret column, and the next message of two clauses its row; and a table exported after another
 * repeats its header line among the rows. Neither holds a value: a phrase of plain words is prose,
 * and a line repeating the header holds the column names. Values in real rows stay masked.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a secret column's cell that is a phrase of plain words is prose, not a value", () => {
  for (
    const text of [
      "renew token; session expired\nlookup failed; tries=3 host=db-2.internal\nrenew token; session expired",
      "rotate key, retry later\nwrite skipped, disk full",
      "verify pass|user missing\naccess refused|uid=0 tty=pts",
    ]
  ) {
    strictEqual(scrub(text), text);
  }
  // The same header's rows keep their values masked when they are not prose.
  strictEqual(
    scrub("renew token; session expired\nZq81kd0xAB7; tries=3\ncorrect horse 9; tries=4"),
    "renew token; session expired\n[REDACTED:csv-secret-column]; tries=3\n" +
      "[REDACTED:csv-secret-column]; tries=4",
  );
});

Deno.test("a line repeating the header is the header again, and the rows after it are still read", () => {
  strictEqual(
    scrub("id,password\n1,Xk29mq7Lp\nid,password\n2,Zq81kd0xAB"),
    "id,password\n1,[REDACTED:csv-secret-column]\nid,password\n2,[REDACTED:csv-secret-column]",
  );
  strictEqual(
    scrub("user;api_token\r\nann;Yc3VTZJ1iXsbNC7y\r\nuser;api_token\r\nbob;Tsw0yvKvhNQzfSeR\r"),
    "user;api_token\r\nann;[REDACTED:csv-secret-column]\r\nuser;api_token\r\n" +
      "bob;[REDACTED:csv-secret-column]\r",
  );
  // In one record, between escaped line breaks.
  const line = '{"export":"id,password\\n1,Xk29mq7Lp\\nid,password\\n2,Zq81kd0xAB"}';
  strictEqual(
    scrub(line),
    '{"export":"id,password\\n1,[REDACTED:csv-secret-column]\\nid,password\\n2,[REDACTED:csv-secret-column]"}',
  );
});
