/**
 * A dump's `=>` ending its key's line: the value starts the next line. PHP's var_dump
 * (`["password"]=>` then `string(15) "v"`), Xdebug's (`'api_key' =>` then `string(32) "v"`) and
 * Ruby's pp breaking a long pair (`"password"=>` then `"v"}`) are masked; what is no string there
 * (`NULL`, `int(5)`, `array(1) {`), a stand-in, a non-secret key's string and the line after the
 * value stay. A unicode arrow (`token → v`) is an operator too.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed5);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from(randomBytes(n), (b) => ALPHABET[b % ALPHABET.length])
    .join("") + "@7";
const bytes = (v: string) => new TextEncoder().encode(v).length;

Deno.test("the string on the line after a dump's `=>` is masked", () => {
  for (const key of ["password", "api_key", "clientSecret", "DB_PASSWORD"]) {
    const value = made(16), other = made(12);
    const dumps = [
      `array(2) {\n  ["user"]=>\n  string(3) "bob"\n  ["${key}"]=>\n  string(${
        bytes(value)
      }) "${value}"\n}`,
      `array(2) {\n  'user' =>\n  string(3) 'bob'\n  '${key}' =>\n  string(${
        bytes(value)
      }) "${value}"\n}`,
      `{"user"=>"bob",\n "${key}"=>\n  "${value}",\n "note"=>"${other}"}`,
      `{'user' => 'bob',\n  '${key}' =>\n    '${value}'}`,
    ];
    for (const dump of dumps) {
      const out = scrubWholeAndStreamed(dump);
      ok(!out.includes(value), out);
      ok(out.includes("bob"), out);
      if (dump.includes(other)) ok(out.includes(other), out);
    }
  }
});

Deno.test("what is no secret's string after a dump's `=>` stays", () => {
  const value = made(16);
  for (
    const dump of [
      `  ["password"]=>\n  NULL`,
      `  ["password"]=>\n  int(12345678)`,
      `  ["password"]=>\n  array(1) {\n    [0]=>\n    string(18) "${value}"\n  }`,
      `  ["password"]=>\n  string(8) "********"`,
      `  ["password"]=>\n  string(14) "\${DB_PASSWORD}"`,
      `  ["request_id"]=>\n  string(18) "${value}"`,
      `  ["password"]=>\n  bool(false)\n  ["note"]=>\n  string(18) "${value}"`,
    ]
  ) strictEqual(scrubWholeAndStreamed(dump), dump);
});

Deno.test("a value after a unicode arrow from its secret-named key is masked", () => {
  // A table or a pretty-printer writes `key → value` (also `⇒`, `➜`): the arrow is the operator.
  for (const arrow of ["→", "⇒", "➜"]) {
    for (const key of ["password", "passwd", "api_key", "DD_API_KEY", "clientSecret", "token"]) {
      const value = made(20), other = made(12);
      const lines = [
        `  ${key} ${arrow} ${value}`,
        `${key}${arrow}${value}`,
        `user ${arrow} bob, ${key} ${arrow} ${value}, note ${arrow} ${other}`,
      ];
      for (const line of lines) {
        const out = scrubWholeAndStreamed(line);
        ok(!out.includes(value), out);
        if (line.includes(other)) ok(out.includes(other), out);
      }
    }
  }
});

Deno.test("after a unicode arrow, a non-secret key's value, a stand-in and prose stay", () => {
  const value = made(20);
  for (
    const line of [
      `request_id → ${value}`,
      "password → ********",
      "token → ${API_KEY}",
      "max_tokens ⇒ 4096",
      "Settings → Tokens → Create new token",
      "password reset ➜ sent",
    ]
  ) strictEqual(scrubWholeAndStreamed(line), line);
});
