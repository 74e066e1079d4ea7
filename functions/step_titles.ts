/**
 * Each step's title and its inputs' titles, as Workflow Builder shows them (the `title`s in
 * functions/<name>/definition.ts; a test keeps them in step): how functions/input_errors.ts
 * names a step and its inputs. One table per step, so a bundle carries only its own step's.
 * Runtime code: no SDK import.
 */
import type { StepTitles } from "./input_errors.ts";

export const FETCH_LOGS_STEP: StepTitles = {
  title: "Fetch scrubbed logs",
  inputs: {
    service: "Service",
    environment: "Environment",
    window: "Time window",
    user_id: "Requester",
    filter: "Filter",
    max_lines: "Line limit",
    source: "Log source",
    delivery: "Delivery",
    channel_id: "Channel",
    interactivity: "Form interaction",
    alert_grant: "Alert grant",
    compare_previous: "Mark what is new",
    excerpt_mode: "Excerpt shows",
  },
};

export const POST_DEBUG_REPORT_STEP: StepTitles = {
  title: "Post a scrubbed debug report",
  inputs: {
    channel_id: "Channel",
    user_id: "Requester",
    interactivity: "Form interaction",
    alert_grant: "Alert grant",
    delivery: "Delivery",
    service: "Service",
    environment: "Environment",
    window_start: "Window start",
    window_end: "Window end",
    excerpt: "Excerpt",
    line_count: "Lines shown",
    truncated: "Truncated",
    lines_read: "Lines read",
    lines_out_of_window: "Lines outside the window",
    lines_repeated: "Lines repeated",
    lines_matched: "Lines matching",
    filtered: "Filtered",
    read_stopped_by: "Read stopped by",
    partial_result: "Partial result",
    masked_counts: "Masking counts (JSON)",
    insights: "Log insights (JSON)",
    excerpt_mode: "Excerpt shows",
    keep_minutes: "Keep for (minutes)",
    report_buttons: "Purge now / Extend buttons",
    source: "Log source",
    filter: "Filter",
  },
};

export const SCRUB_TEXT_STEP: StepTitles = {
  title: "Scrub secrets and personal data",
  inputs: {
    text: "Text",
  },
};

/** Every step's titles, by callback id (tests). */
export const STEPS: Readonly<Record<string, StepTitles>> = {
  fetch_logs: FETCH_LOGS_STEP,
  post_debug_report: POST_DEBUG_REPORT_STEP,
  scrub_text: SCRUB_TEXT_STEP,
};
