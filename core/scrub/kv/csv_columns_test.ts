/**
 * CSV tables whose header names a secret or personal-data column: the rows below have those
 * columns' values masked (through the whole engine, as a log is scrubbed), in every separator
 * and quoting; the reading ends at the first line that is no row; tables without such a column,
 * and the header itself, stay unchanged.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { csvHeader } from "./csv_columns.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("the rows under a secret-named CSV column have that column masked", () => {
  const text = [
    "id,email,password,created_at",
    "1,ann@example.com,Tr0ub4dor&3x,2026-01-02",
    '"2","bob@example.com","correct horse 9",2026-01-03',
    "3,cy@example.com,,2026-01-04",
    "exported 3 rows",
    "4,dee@example.com,Zq81kd0xAB,2026-01-05",
  ].join("\n");
  const out = scrub(text).split("\n");
  strictEqual(out[0], "id,email,password,created_at");
  strictEqual(out[1], "1,[REDACTED:email-address],[REDACTED:csv-secret-column],2026-01-02");
  strictEqual(out[2], '"2","[REDACTED:email-address]","[REDACTED:csv-secret-column]",2026-01-03');
  strictEqual(out[3], "3,[REDACTED:email-address],,2026-01-04");
  strictEqual(out[4], "exported 3 rows");
  // Past the table's end, a row-like line is no longer read as one of its rows.
  strictEqual(out[5], "4,[REDACTED:email-address],Zq81kd0xAB,2026-01-05");
});

Deno.test("tab-, semicolon- and pipe-separated tables, and secret names in any spelling", () => {
  const cases: [string, string, string][] = [
    ["user\tapi_key\tplan", "ann\tk9Xq2Lm7Zp4Rt8Vw\tpro", "k9Xq2Lm7Zp4Rt8Vw"],
    ["user;Client Secret;plan", "ann;s3cr3t-Value-77;pro", "s3cr3t-Value-77"],
    ["user|accessToken|plan", "ann|gh0-Xq2Lm7Zp4Rt8Vw|pro", "gh0-Xq2Lm7Zp4Rt8Vw"],
    ["name,DB_PASSWORD", "orders,Mq7!x2Lp99", "Mq7!x2Lp99"],
  ];
  for (const [header, row, secret] of cases) {
    const out = scrub(`${header}\n${row}`);
    strictEqual(out.includes(secret), false, out);
    strictEqual(out.split("\n")[0], header);
  }
});

Deno.test("a column of personal data only its name identifies is masked in the rows", () => {
  const out = scrub("created_at,user_id,ssn,status\n2026-01-02T10:00:00Z,u1,536904399,active");
  strictEqual(out.split("\n")[1], "2026-01-02T10:00:00Z,u1,[REDACTED:csv-personal-column],active");
  for (
    const [column, value] of [
      ["mobile", "55 1989 6555"],
      ["bank_account", "901674924726"],
      // In lower case: in capitals a UK postcode names itself (uk-postcode-alone).
      ["postcode", "dn4 5hz"],
      ["tc_kimlik_no", "52496953698"],
      ["kimlik_no", "52496953698"],
      ["aadhaar_number", "234123412346"],
      [
        "national_insurance_number",
        "QQ123456C",
      ],
      ["pnr", "8112289874"],
      // In lower case: in capitals a DNI names itself (id-check-alone).
      ["documento", "12345678z"],
      ["aba_routing", "021000021"],
      [
        "medicare_no",
        "2123456701",
      ],
      ["device_mac", "001a2b3c4d5e"],
      ["hwaddr", "001a2b3c4d5e"],
      ["cellphone", "4123456789"],
    ]
  ) {
    const row = scrub(`created_at,${column},status\n2026-01-02,${value},active`).split("\n")[1];
    strictEqual(row, "2026-01-02,[REDACTED:csv-personal-column],active", column);
  }
  const dob = scrub("patient;date_of_birth;ward\np-17;1987-03-14;B2");
  strictEqual(dob.split("\n")[1], "p-17;[REDACTED:csv-personal-column];B2");
});

Deno.test("a table in one record, its lines joined by escaped line breaks", () => {
  const line =
    '{"level":"info","export":"id,email,password\\n1,a@b.co,Tr0ub4dor&3x\\n2,c@d.co,Xk29mq7Lp"}';
  const out = scrub(line);
  strictEqual(out.includes("Tr0ub4dor&3x") || out.includes("Xk29mq7Lp"), false, out);
});

Deno.test("tables without a secret or personal column, and lines that are no header, stay", () => {
  for (
    const text of [
      "user_id,token_count,cache_key,status\n1,200,orders:1:v2,ok",
      "id,name,price\n1,widget,9.99",
      "ts=1 password_reset=false,token_type=Bearer\n1,2,3",
    ]
  ) {
    strictEqual(scrub(text), text);
  }
  deepStrictEqual(
    [
      "id,name",
      "2026-01-02 INFO id,password",
      "a,b=c,password",
      "password",
    ].map((line) => csvHeader(line)),
    [null, null, null, null],
  );
});

Deno.test("a table of any width is read whole: no column count passes a value unread", () => {
  const header = Array.from({ length: 3000 }, (_, k) => `c${k}`).join(",") + ",password";
  const row = Array.from({ length: 3000 }, (_, k) => String(k)).join(",") + ",Tr0ub4dor&3x";
  strictEqual(scrub(`${header}\n${row}`).includes("Tr0ub4dor&3x"), false);
});
