/**
 * SMTP's `AUTH PLAIN <base64>` (RFC 4954: the user and password in base64), as the operations
 * corpus's mail debug logs print it, is masked; the server's list of mechanisms and a bare
 * `AUTH PLAIN` (the credentials sent on the next line) stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("an AUTH PLAIN argument is masked", () => {
  const plain = btoa("\u0000alerts@acme-corp.io\u0000Tundra2012@");
  for (
    const line of [
      `2026-12-03T13:11:09Z DEBUG smtp: C: AUTH PLAIN ${plain}`,
      `C: auth plain ${plain}`,
    ]
  ) ok(!scrub(line).includes(plain), line);
});

Deno.test("the server's mechanisms and a bare AUTH PLAIN stay", () => {
  for (const line of ["S: 250-AUTH PLAIN LOGIN XOAUTH2", "smtp: C: AUTH PLAIN"]) {
    strictEqual(scrub(line), line);
  }
});
