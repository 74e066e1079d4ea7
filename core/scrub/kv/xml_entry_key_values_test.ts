/**
 * An XML entry that pairs a `<key>` element with a `<value>` element (`<entry><key>NAME</key>
 * <value>v</value></entry>`, as integration and credential configs write their settings): a
 * secret-named `<key>` names the `<value>` after it, on its line or on the next one, as a
 * property list's `<key>` names its `<string>` (./property_list_values_test.ts). Found by
 * scoring the fixtures of a scanner for structured files (Skyscanner/whispers; its values stay
 * outside the repository). The elements in any case and the value's with attributes, as
 * KeePass exports its entries (`<String><Key>Password</Key><Value ProtectInMemory="True">v</Value>
 * </String>`). Entries whose key names no secret, and values not next, stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const P = "Wq4vZ8nTr2Lk";
const T = "c7Hd2QmZ9xLp4RvB8nKs3Tfw";

Deno.test("a secret-named <key> masks the <value> beside it or on the next line", () => {
  for (
    const key of ["password", "Password", "PASS", "business.password", "pro_password", "api_token"]
  ) {
    for (const value of [P, T]) {
      for (
        const text of [
          `    <entry>\n        <key>${key}</key>\n        <value>${value}</value>\n        <info>metadata</info>\n    </entry>`,
          `<entry><key>${key}</key><value>${value}</value></entry>`,
          `\t<key>${key}</key>\n\n\t<value>${value}</value>`,
        ]
      ) {
        const out = scrub(text);
        ok(!out.includes(value), `${JSON.stringify(text)} -> ${out}`);
        ok(out.includes(`<key>${key}</key>`) && out.includes("</value>"), out);
      }
    }
  }
});

Deno.test("entries that hold no secret, and a value that is not the next element, stay", () => {
  for (
    const text of [
      "    <entry>\n        <key>username</key>\n        <value>svc-reports</value>\n    </entry>",
      "    <entry>\n        <key>account</key>\n        <value>4821</value>\n    </entry>",
      "    <entry>\n        <key>password</key>\n        <value></value>\n    </entry>",
      "<entry><key>password</key><value>${DB_PASSWORD}</value></entry>",
      "<key>password</key>\n<key>label</key>\n<value>Nightly Build Account 7</value>",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("KeePass's <Key>/<Value> in any case, the value with attributes, is masked", () => {
  for (const key of ["Password", "PASSWORD", "api_token", "Secret"]) {
    for (const value of [P, T]) {
      for (
        const text of [
          `<String><Key>${key}</Key><Value ProtectInMemory="True">${value}</Value></String>`,
          `\t\t\t\t<String>\n\t\t\t\t\t<Key>${key}</Key>\n\t\t\t\t\t<Value ProtectInMemory="True">${value}</Value>\n\t\t\t\t</String>`,
          `<KEY>${key}</KEY><VALUE>${value}</VALUE>`,
          `<key>${key}</key> <string xml:space="preserve">${value}</string>`,
        ]
      ) {
        const out = scrub(text);
        ok(!out.includes(value), `${JSON.stringify(text)} -> ${out}`);
        ok(out.includes(`${key}</`) && /<\/value>|<\/string>/i.test(out), out);
      }
    }
  }
});

Deno.test("KeePass's other fields and an empty protected value stay", () => {
  for (
    const text of [
      "<String><Key>UserName</Key><Value>svc-reports</Value></String>",
      "<String><Key>URL</Key><Value>https://intranet.example.com/login</Value></String>",
      '<String><Key>Password</Key><Value ProtectInMemory="True" /></String>',
    ]
  ) strictEqual(scrub(text), text);
});
