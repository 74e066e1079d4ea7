/**
 * Passwords given to macOS's keychain tool (`security add-generic-password … -w PASS`,
 * `unlock-keychain -p PASS`) and SMTP's `AUTH PLAIN <base64>` (RFC 4954: the user and password in
 * base64), as the operations corpus's CI jobs and mail debug logs print them. A password the tool
 * prints (`find-generic-password -w`), the word in prose, and the server's list of mechanisms stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a keychain password and an AUTH PLAIN argument are masked", () => {
  const plain = btoa("\u0000alerts@acme-corp.io\u0000Tundra2012@");
  // 33 bytes: base64 with no `=` at its end.
  const unpadded = btoa("\u0000alerts@acme-corp.io\u0000Tundra2012@!");
  ok(!unpadded.endsWith("="));
  for (
    const [line, value] of [
      [
        "+ security add-generic-password -a ci-bot -s com.acme.release -w 'ov8oJAIreaCTx6E8NJVYL' -U",
        "ov8oJAIreaCTx6E8NJVYL",
      ],
      ["security add-internet-password -a bob -s git.acme.io -w Tundra2012@", "Tundra2012@"],
      ["+ security unlock-keychain -p 'falcon-Winter-99-pepper' ci.keychain-db", "falcon-Winter"],
      ["security create-keychain -p Xq8HIDz2Lp0wR5 build.keychain", "Xq8HIDz2Lp0wR5"],
      [`2026-12-03T13:11:09Z DEBUG smtp: C: AUTH PLAIN ${plain}`, plain],
      [`C: auth plain ${plain}`, plain],
      [`C: AUTH PLAIN ${unpadded}`, unpadded],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("a printed password, prose and the server's mechanisms stay", () => {
  for (
    const line of [
      "security find-generic-password -a ci-bot -s com.acme.release -w",
      "Spring Security filter chain: security add-on loaded -w off",
      "S: 250-AUTH PLAIN LOGIN XOAUTH2",
      "smtp: C: AUTH PLAIN",
    ]
  ) strictEqual(scrub(line), line);
});
