import { ok, strictEqual } from "@node/assert";
import { parsePolicy } from "../core/scrub/policy.ts";
import { ScrubError } from "../core/scrub/mod.ts";
import { scrubFailureReason } from "./scrub_failure.ts";
import { createScrubTextHandler } from "./scrub_text/handler.ts";

Deno.test("a scrub failure is said in plain words, not the engine's advice to developers", () => {
  const budget = new ScrubError("time-budget", "raise limits.timeBudgetMs");
  strictEqual(scrubFailureReason(budget), "it took longer than the time it is allowed");
  const large = new ScrubError("input-too-large", "raise limits.maxInputBytes");
  strictEqual(scrubFailureReason(large), "there was more text than it takes at once");
  strictEqual(scrubFailureReason(new ScrubError("internal", "x")), "an unexpected internal error");
  strictEqual(scrubFailureReason(new Error("raw <!channel> text")), "an unexpected internal error");
});

Deno.test("scrub_text says why scrubbing failed and what to do", async () => {
  const handler = createScrubTextHandler(parsePolicy({ limits: { maxInputBytes: 16 } }));
  const { error } = await handler({
    inputs: { text: "a text longer than sixteen bytes" },
    env: {},
    token: "",
    team_id: "T1",
    enterprise_id: "",
  });
  strictEqual(
    error,
    "Scrubbing failed (there was more text than it takes at once); nothing was returned. " +
      "Try a shorter text.",
  );
  ok(!error!.includes("limits."));
});
