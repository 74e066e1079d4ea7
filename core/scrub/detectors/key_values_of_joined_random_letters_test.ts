/**
 * Under a name that says only `…_key` (`gitlab_key`, `slackKey`), a value of random letters in
 * runs joined by `_` (URL-safe base64 has `_`, and generators join random runs so) is a key, as
 * the same letters unjoined are; words joined by `_` are not (too few switches of case, too many
 * vowels). Found by scoring the fixtures of a scanner for structured files (Skyscanner/whispers;
 * its values stay outside the repository).
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("random letters joined by _ under a …_key name are masked", () => {
  for (const value of ["lwQZFgPthys_FsQgiIfDHMCf", "zoQmMvLnN_eFsqGMl_rjWhMu"]) {
    for (
      const line of [
        `gitlab_key: ${value}`,
        `  slackKey: "${value}"`,
        `<TRAVEL_KEY>${value}</TRAVEL_KEY>`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(value), `${line} -> ${out}`);
    }
  }
});

Deno.test("words joined by _ under a …_key name stay", () => {
  for (
    const line of [
      "ssh_key: Work_Laptop_Deploy_Key_Main",
      "lookup_key=CustomerAccountName_Primary",
      "gitlab_key: SHARED_RUNNER_REGISTRATION",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
