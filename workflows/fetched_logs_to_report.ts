/**
 * What a report step takes from the fetch step before it, the same in every workflow that
 * fetches and posts: the window, the scrubbed excerpt, the account of lines, the masked
 * counts, the insights and the source. A new output of fetch_logs for the report is wired here
 * once.
 */
const FETCHED_FIELDS = [
  "window_start",
  "window_end",
  "excerpt",
  "line_count",
  "lines_read",
  "lines_out_of_window",
  "lines_repeated",
  "lines_matched",
  "filtered",
  "read_stopped_by",
  "partial_result",
  "truncated",
  "masked_counts",
  "insights",
  "excerpt_mode",
  "source",
] as const;

type FetchedField = typeof FETCHED_FIELDS[number];

/** The fetch step's outputs the report step takes, by the same names. */
export function fetchedLogsToReport<O extends Record<FetchedField, unknown>>(
  outputs: O,
): Pick<O, FetchedField> {
  const picked = {} as Pick<O, FetchedField>;
  for (const field of FETCHED_FIELDS) picked[field] = outputs[field];
  return picked;
}
