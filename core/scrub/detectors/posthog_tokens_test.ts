/**
 * PostHog's secret tokens are masked wherever a log line carries them: the personal API key
 * (phx_), the feature-flags secure key (phs_) and the OAuth access and refresh tokens (pha_,
 * phr_); a cut token, an all-x stand-in and identifiers that merely start like a prefix stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const TOKENS = [
  "phs_C3J27XDCG2LmlZGEONYlgCtjfIZ4SOcMz9CPVNPkNa1Hedc",
  "pha_m4pMbXDuCL1mHoOsFaQfDPrAJ71fTquWoGsbeKXgzg2",
  "phr_sye9b2Rann76dEyTzAeKOmXRrvftva9AW7hipTgadDZ",
];

Deno.test("PostHog's secure key and OAuth tokens are masked in any line shape", () => {
  for (const token of TOKENS) {
    for (
      const text of [
        token,
        `POSTHOG_TOKEN=${token}`,
        `{"access_token":"${token}","expires_in":3600}`,
        `2026-03-02T11:04:19Z INFO flags refreshed with ${token} (project 12345)`,
        `curl -H "Authorization: Bearer ${token}" https://us.posthog.com/api/projects/`,
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(token.slice(4)), `${text} -> ${out}`);
    }
  }
});

Deno.test("a cut PostHog token, an all-x stand-in and look-alike names stay", () => {
  for (
    const text of [
      "token prefix phs_C3J27XDCG2Lml",
      "POSTHOG_SECURE_API_KEY=phs_" + "x".repeat(47),
      "rm(list = ls(pattern = 'phs_')); phr_waiting_times_days_filepath",
      "pha_status=ok phr_count=12",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
