/** fetch_logs' settings, from the function's env: each unusable one is a message for admins. */
import { readAllowedChannels } from "../channel_delivery.ts";
import { readAuditHashKey } from "../filter_hash.ts";

export interface FetchSettings {
  /** Fetches one person may start per minute. */
  ratePerMinute: number;
  /** DEBUG_CHANNEL_IDS: channels a report may be posted to for everyone. */
  allowedChannels: ReadonlySet<string>;
  /** AUDIT_HASH_KEY; without it, no hash of the filter is stored. */
  hashKey?: string;
}

export const DEFAULT_FETCH_RATE_PER_MINUTE = 10;
export const MAX_FETCH_RATE_PER_MINUTE = 1000;

export function readFetchSettings(
  env: Record<string, string | undefined>,
): FetchSettings | { problem: string } {
  const rateText = (env.FETCH_RATE_PER_MINUTE ?? "").trim();
  const ratePerMinute = rateText === ""
    ? DEFAULT_FETCH_RATE_PER_MINUTE
    : /^\d{1,4}$/.test(rateText)
    ? Number(rateText)
    : NaN;
  if (!(ratePerMinute >= 1 && ratePerMinute <= MAX_FETCH_RATE_PER_MINUTE)) {
    return {
      problem: "FETCH_RATE_PER_MINUTE must be a whole number of fetches per person per minute, " +
        `from 1 to ${MAX_FETCH_RATE_PER_MINUTE} (default ${DEFAULT_FETCH_RATE_PER_MINUTE}). ` +
        "Ask an admin to fix it with `slack env add FETCH_RATE_PER_MINUTE …`.",
    };
  }
  const allowedChannels = readAllowedChannels(env);
  if ("problem" in allowedChannels) return allowedChannels;
  const hash = readAuditHashKey(env);
  if ("problem" in hash) return hash;
  return { ratePerMinute, allowedChannels, hashKey: hash.key };
}
