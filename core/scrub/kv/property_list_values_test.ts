/**
 * Apple property lists (macOS/iOS logs, `defaults read`, `.plist` dumps): a secret-named
 * `<key>NAME</key>` names the `<string>` or `<data>` element after it, on the same line (after
 * blanks or none) or on the next one, its text on the element's line or below it. A key that
 * names no secret, or an element that is not the next one, stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const P = "Hu7#kLm2pQx9Zr";
const T = "a8Fk29dLmQ0zXv7PnR3sW4yE";
const B64 = "SGVsbG9Xb3JsZFNlY3JldDQy==";

Deno.test("a secret-named <key> masks the <string> or <data> after it on its line, the tags kept", () => {
  for (const [key, value] of [["Password", P], ["AccessToken", T], ["client_secret", B64]]) {
    for (const tag of ["string", "data"]) {
      for (const between of ["", " ", "\t", "   "]) {
        for (const pad of ["", "\t", "    "]) {
          const text = `${pad}<key>${key}</key>${between}<${tag}>${value}</${tag}>`;
          const out = scrub(text);
          ok(!out.includes(value), `${JSON.stringify(text)} -> ${out}`);
          ok(out.startsWith(`${pad}<key>${key}</key>${between}<${tag}>`), out);
          ok(out.endsWith(`</${tag}>`), out);
        }
      }
    }
  }
});

Deno.test("the value on the line below the <key>, or below its own <string>/<data> tag", () => {
  const cases = [
    `\t<key>Password</key>\n\t<string>${P}</string>\n\t<key>Port</key>`,
    `<key>Password</key>\n\n<string>${P}</string>\n<key>Port</key>`,
    `<key>Password</key>  \n  <data>\n  ${B64}\n  </data>\n<key>Port</key>`,
    `<key>AccessToken</key><string>\n${T}\n</string>\n<key>Port</key>`,
    `<dict><key>Password</key>\n<string>${P}`,
    `<key>Password</key>\n  <string><![CDATA[${P}]]></string>\n<key>Port</key>`,
    `<key>Password</key><string><![CDATA[${P}]]></string>`,
  ];
  for (const text of cases) {
    const out = scrub(text);
    ok(!out.includes(P) && !out.includes(T) && !out.includes(B64), `${text} -> ${out}`);
    ok(out.includes("<key>Password</key>") || out.includes("<key>AccessToken</key>"), out);
    if (text.includes("Port")) ok(out.endsWith("<key>Port</key>"), out);
  }
});

Deno.test("property lists that hold no secret stay as they are", () => {
  for (
    const text of [
      "<key>Username</key><string>alice.wong</string>",
      "<key>CFBundleIdentifier</key><string>com.example.Agent8</string>",
      "<key>PasswordRequired</key><true/>",
      "<key>Password</key><true/>",
      "<key>Password</key><integer>12</integer>",
      "<key>SecureTextEntry</key>\n<string>Zx9Qm2LwV7pK4rT8yB3nD6hJ</string>",
      // Not the next element: the value belongs to another key.
      "<key>Password</key>\n<key>Label</key>\n<string>Build Agent 42 Account x9</string>",
      "<key>Password</key>\n<dict>\n<string>Zx9Qm2LwV7pK4rT8yB3nD6hJ</string>\n</dict>",
      // The <key> text is prose around a tag, not a plist key.
      "see <key>Password</key> in the docs, then <string>",
    ]
  ) deepStrictEqual(scrub(text), text);
});
