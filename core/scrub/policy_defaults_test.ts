/** The zod-free default policy stays what the schema gives for no policy at all. */
import { deepStrictEqual } from "@node/assert";
import { defaultPolicy } from "./policy_defaults.ts";
import { parsePolicy } from "./policy.ts";

Deno.test("defaultPolicy() equals parsePolicy() of no policy, and each call is a fresh copy", () => {
  deepStrictEqual(defaultPolicy(), parsePolicy(undefined));
  const first = defaultPolicy();
  first.limits.maxLineLength = 1;
  first.disabled.push("jwt");
  deepStrictEqual(defaultPolicy(), parsePolicy(undefined));
});
