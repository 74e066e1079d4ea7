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

Deno.test("sentences about a password stay", () => {
  const kept = [
    "the password is incorrect for user ops",
    "password was changed 3 days ago",
    "password is required",
    "Password is too short (minimum 12 characters)",
    "password set to expire in 90 days",
    "your password was reset successfully",
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});
