/**
 * A bad scrubbing policy names its file: the app's own (config/scrub_policy.json) or the one the
 * build hook checks, whether the schema or the scrubber finds the problem; a policy given by a
 * caller is not blamed on the app's file.
 */
import { ok, throws } from "@node/assert";
import { APP_POLICY_FILE, createAppScrubber } from "./app_scrubber.ts";
import { loadAppPolicy } from "./app_policy.ts";
import { parsePolicy } from "../core/scrub/policy.ts";
import { PolicyError } from "../core/scrub/errors.ts";

Deno.test("app policy: a problem found by the schema or by the scrubber starts with the policy's file", () => {
  ok(APP_POLICY_FILE === "config/scrub_policy.json");
  for (const file of [undefined, "team/policy.json"]) {
    const named = file ?? "config/scrub_policy.json";
    throws(
      () => loadAppPolicy({ limits: { maxInputBytes: "lots" } }, file),
      (error: unknown) => error instanceof PolicyError && error.message.startsWith(`${named}: `),
    );
    throws(
      () => loadAppPolicy({ disabled: ["no-such-detector"] }, file),
      (error: unknown) =>
        error instanceof PolicyError && error.message.startsWith(`${named}: `) &&
        error.message.includes("no-such-detector"),
    );
  }
});

Deno.test("app policy: a caller's own policy is not blamed on the app's file; the app's scrubber scrubs", () => {
  throws(
    () => createAppScrubber(parsePolicy({ disabled: ["no-such-detector"] })),
    (error: unknown) =>
      error instanceof PolicyError && !error.message.startsWith("config/scrub_policy.json"),
  );
  const text = createAppScrubber().scrub("key AKIAQ3EGUSBKHZXWJ4PN").text;
  ok(!text.includes("AKIAQ3EGUSBKHZXWJ4PN"), text);
});
