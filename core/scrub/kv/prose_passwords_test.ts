/**
 * A password given in a sentence (`the password was: v`, `password is v`) is masked when it is
 * a mixed-class word; a sentence that goes on in plain words stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;
const P = "qT4mW9xRz2Kp";

Deno.test("a password given in a sentence is masked", () => {
  const cases = [
    `sshd: login failed, the password was: ${P}`,
    `onboarding mail: your temporary password is ${P}, change it on first login`,
    `admin password changed to ${P} by ops`,
    `Password was ${P}`,
  ];
  deepStrictEqual(cases.filter((line) => scrub(line).includes(P)), []);
});

Deno.test("a hex or base36 token of 16 or more given as a password is masked", () => {
  const hex = "0f8e2c4b6a9d1e3f5a7c9b2d4e6f8a0c1e3d5b7f";
  const cases = [
    `the new password is ${hex}`,
    `machine git.example.net\n  login ci\n  password ${hex}`,
    `machine git.example.net\n  login ci\n  password ${hex.slice(0, 16)}`,
  ];
  deepStrictEqual(cases.filter((text) => scrub(text).includes(hex.slice(0, 16))), []);
});

Deno.test("sentences about a password stay", () => {
  const kept = [
    "the password is incorrect for user ops",
    "password was changed 3 days ago",
    "password is required",
    "Password is too short (minimum 12 characters)",
    "password set to expire in 90 days",
    "your password was reset successfully",
    "password is managedbyvaultagent",
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});
