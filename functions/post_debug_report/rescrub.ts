/** Defence in depth: every text a Workflow Builder user could wire into the step, scrubbed again. */
import type { ReportInsights } from "../../core/render/insights.ts";
import { type MaskCounts, mergeMaskCounts } from "../../core/render/masking_summary.ts";
import type { Policy } from "../../core/scrub/mod.ts";
import { createAppScrubber } from "../app_scrubber.ts";
import type { PostReportInputs } from "./inputs.ts";

export interface RescrubbedReport {
  service: string;
  environment: string;
  source?: string;
  excerpt: string[];
  /** The insights with every template and example scrubbed again. */
  insights?: ReportInsights;
  /** What this second pass found (usually nothing, if the step before scrubbed). */
  counts: MaskCounts;
}

/** Throws ScrubError (never holding input text) when a text cannot be scrubbed. */
export function rescrubReport(inputs: PostReportInputs, policy: Policy): RescrubbedReport {
  const scrubber = createAppScrubber(policy);
  const found: MaskCounts[] = [];
  const scrub = (text: string) => {
    const result = scrubber.scrub(text);
    found.push(result.counts);
    return result.text;
  };
  const insights = inputs.insights === undefined ? undefined : {
    ...inputs.insights,
    patterns: inputs.insights.patterns.map((pattern) => ({
      ...pattern,
      template: scrub(pattern.template),
      example: scrub(pattern.example),
    })),
  };
  return {
    service: scrub(inputs.service),
    environment: scrub(inputs.environment),
    source: inputs.source === undefined ? undefined : scrub(inputs.source),
    excerpt: inputs.excerpt.map(scrub),
    insights,
    counts: mergeMaskCounts(...found),
  };
}
