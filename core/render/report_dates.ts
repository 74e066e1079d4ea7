/** How a report shows a time: Slack's localised date token, with an ISO minute as fallback. */

/** Slack's localised date token, with an ISO fallback for clients that cannot render it. */
export function slackDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return "an unknown time";
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${isoMinute(date)}>`;
}

/** "2026-11-29 11:15 UTC" ("?" for an invalid date). */
export function isoMinute(date: Date): string {
  const ms = date.getTime();
  return Number.isFinite(ms) ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "?";
}
