/**
 * LDIF writes a value in base64 after `::` (RFC 2849): a secret-named attribute's base64 value is
 * masked (the operations corpus's `userPassword:: …` in an ldapmodify change); other attributes'
 * base64 values stay, and so does `::` that is no LDIF: a scope's member (`Password::class`,
 * `Password::min(12)`), which was masked as a value before.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a secret-named LDIF attribute's base64 value is masked", () => {
  for (const [name, value] of [["userPassword", "Tundra2012@"], ["olcRootPW", "q8Xr2-Lp0w"]]) {
    const encoded = btoa(value);
    const change =
      `dn: uid=svc,ou=services,dc=acme,dc=io\nreplace: ${name}\n${name}:: ${encoded}\n-`;
    ok(!scrub(change).includes(encoded), name);
  }
});

Deno.test("other attributes' base64 values and `::` that is no LDIF stay", () => {
  for (
    const line of [
      "description:: VGhpcyBpcyBhIHRlc3Q=",
      "jpegPhoto:: /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA==",
      "  $rules = Password::min(12)->letters();",
      "return Password::class;",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("an LDIF base64 value of any length, right after `::` or after blanks, blanks after it kept", () => {
  const masked = "[REDACTED:password-assignment]";
  for (
    const [line, expected] of [
      ["userPassword:: YWJj", `userPassword:: ${masked}`],
      ["userPassword:: YQ==", `userPassword:: ${masked}`],
      ["userPassword:: YWI=", `userPassword:: ${masked}`],
      ["userPassword::VHVuZHJhMjAxMkA=", `userPassword::${masked}`],
      ["userPassword::\t VHVuZHJhMjAxMkA=  ", `userPassword::\t ${masked}  `],
      [`userPassword:: ${"QUJD".repeat(1024)}`, `userPassword:: ${masked}`],
    ]
  ) strictEqual(scrub(line), expected, line);
});

Deno.test("an LDIF value fails closed: past any length, or with text after it, the rest of the line is masked", () => {
  const masked = "[REDACTED:password-assignment]";
  for (
    const line of [
      `userPassword:: ${"QUJD".repeat(1024)}QQ==`,
      "userPassword:: VHVuZHJhMjAxMkA= x",
    ]
  ) strictEqual(scrub(line), `userPassword:: ${masked}`, line.slice(0, 40));
  // Past the engine's own limit on one value, that limit masks it.
  const long = `userPassword:: ${"QUJD".repeat(8000)}`;
  ok(!scrub(long).includes("QUJDQUJD"), "a 32,000-character value");
});
