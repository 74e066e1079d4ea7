/**
 * YAML anchors and aliases: an anchor before a value (`password: &db_pass v`, also before a tag
 * or a block scalar) is no part of it and the value is masked; an alias alone as a value
 * (`password: *db_pass`) points at a value given elsewhere and stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const value = "Zk81mQp2Lx7vTn4Rb9Wc";

Deno.test("a value after a YAML anchor is masked, on its line or below", () => {
  for (
    const text of [
      `password: &db_pass ${value}`,
      `client_secret: &cs |\n  ${value}`,
      `token: &tok !vault |\n  ${value}`,
      `secret: &anchor\n  ${value}`,
      `auth: {user: svc, password: &p ${value}}`,
    ]
  ) {
    ok(!scrubWholeAndStreamed(text).includes(value), text);
  }
});

Deno.test("a YAML alias alone as a value stays", () => {
  const lines = [
    "password: *db_pass",
    "  api_token: *shared-token # defined above",
    "auth: {user: svc, password: *pw}",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
