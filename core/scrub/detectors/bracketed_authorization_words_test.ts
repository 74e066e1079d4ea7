/**
 * After `Authorization:` a plain word in brackets, or with a bracket closing after it, is a
 * label and stays: macOS unified log lines print a process or subsystem named Authorization
 * (`Authorization: (Authorization) [com.apple.Authorization:authd] …`). A credential in or
 * before a bracket is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a plain word in or before brackets after Authorization stays", () => {
  const lines = [
    "2026-11-22 10:20:38.161971+0000 0xfd61f6  Default     0x0                  354    0    " +
    "Authorization: (Authorization) [com.apple.Authorization:authd] Succeeded authorizing right",
    "Authorization: [Security] right granted",
    "subsystem=com.apple.Authorization:authd]",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a credential in or before a bracket after Authorization is still masked", () => {
  for (const value of ["(Xk9aB7qLm2Pw)", "Xk9aB7qLm2Pw]", "[dG9rZW46c2VjcmV0]"]) {
    ok(!scrubber.scrub(`Authorization: ${value}`).text.includes(value.slice(1, -1)), value);
  }
});
