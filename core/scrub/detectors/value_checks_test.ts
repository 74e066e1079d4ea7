import { ok, strictEqual } from "@node/assert";
import {
  decodeBase64Text,
  hasContextBefore,
  isPlainWord,
  isProse,
  isStatusWord,
  keyNameBefore,
} from "./value_checks.ts";

Deno.test("keyNameBefore finds the key across assignment syntaxes", () => {
  const cases: [string, string][] = [
    ["db_password=", "db_password"],
    ['{"Client_Secret": "', "client_secret"],
    ["  api-key: ", "api-key"],
    ["--token ", "--token"],
    ['env["API_KEY"] = "', "api_key"],
    ["TOKEN ?= ", "token"],
    ['\\"span_id\\":\\"', "span_id"],
    ['set("cache_key", "', "cache_key"],
    ['cacheKey string = "', "cachekey"],
    ['let cache_key: &str = "', "cache_key"],
    ['$password .= "', "password"],
    ["API_KEY :::= ", "api_key"],
    ["$env:API_KEY = '", "api_key"],
  ];
  for (const [prefix, key] of cases) {
    strictEqual(keyNameBefore(prefix + "VALUE", prefix.length), key, prefix);
  }
  strictEqual(keyNameBefore("no assignment here VALUE", 19), "here");
  strictEqual(keyNameBefore("", 0), "");
});

Deno.test("prose, plain words and status words are told apart from secrets", () => {
  ok(isProse("doesnt start right"));
  ok(!isProse("Tr0ub4dor and 3"));
  ok(isPlainWord("expired") && isPlainWord("Required") && isPlainWord("NONE"));
  ok(!isPlainWord("hunter2") && !isPlainWord("camelCase"));
  ok(isStatusWord("Expired") && isStatusWord("n/a"));
  ok(!isStatusWord("s3cr3t"));
});

Deno.test("hasContextBefore looks only at the window before the index", () => {
  const line = "ssn on file: 536-90-4399, see ssn policy";
  ok(hasContextBefore(line, line.indexOf("536"), /ssn/));
  ok(!hasContextBefore(line, line.indexOf("536"), /policy/));
  ok(!hasContextBefore(line, line.indexOf("536"), /ssn/, 5));
});

Deno.test("decodeBase64Text decodes standard and URL-safe base64, rejects the rest", () => {
  strictEqual(decodeBase64Text("YWxhZGRpbjpvcGVuc2VzYW1l"), "aladdin:opensesame");
  strictEqual(decodeBase64Text("eyJhbGciOiJIUzI1NiJ9"), '{"alg":"HS256"}');
  strictEqual(decodeBase64Text("PDw_Pz4-"), "<<??>>");
  strictEqual(decodeBase64Text("abcde"), null);
  // Valid base64 of bytes that are not UTF-8.
  strictEqual(decodeBase64Text("//79"), null);
});
