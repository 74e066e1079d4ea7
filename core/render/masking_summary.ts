/**
 * Masking counts (`{ [detector id]: number }`, travelling between steps as JSON) and the human
 * sentence a report shows: "12 email addresses, 2 AWS access key IDs masked".
 */
import * as z from "zod";

export type MaskCounts = Record<string, number>;

/** Detector ids are kebab-case; anything else in untrusted counts is refused. */
const DETECTOR_ID = /^[a-z0-9]+(-[a-z0-9]+){0,11}$/;
const MAX_KINDS = 200;
const MAX_JSON_LENGTH = 16_000;

const countsSchema = z
  .record(z.string().max(64).regex(DETECTOR_ID), z.number().int().nonnegative().max(1e12))
  .refine((counts) => Object.keys(counts).length <= MAX_KINDS, "too many detector ids");

/** Parse `masked_counts` JSON; `undefined` when it is not a valid counts object. */
export function parseMaskCounts(json: string): MaskCounts | undefined {
  if (json.length > MAX_JSON_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = countsSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Sum several count maps; zero counts are dropped. */
export function mergeMaskCounts(...all: MaskCounts[]): MaskCounts {
  const merged: MaskCounts = {};
  for (const counts of all) {
    for (const [id, n] of Object.entries(counts)) {
      if (n > 0) merged[id] = (merged[id] ?? 0) + n;
    }
  }
  return merged;
}

/** Words that read better in their usual case than lower-cased. */
const WORD_CASE: Record<string, string> = {
  aws: "AWS",
  gcp: "GCP",
  api: "API",
  id: "ID",
  jwt: "JWT",
  ip: "IP",
  ipv4: "IPv4",
  ipv6: "IPv6",
  mac: "MAC",
  ssn: "SSN",
  iban: "IBAN",
  url: "URL",
  uri: "URI",
  pem: "PEM",
  ssh: "SSH",
  pgp: "PGP",
  npm: "npm",
  pypi: "PyPI",
  oauth: "OAuth",
  github: "GitHub",
  gitlab: "GitLab",
  slack: "Slack",
  stripe: "Stripe",
  openai: "OpenAI",
  sendgrid: "SendGrid",
  twilio: "Twilio",
  datadog: "Datadog",
  azure: "Azure",
  google: "Google",
  us: "US",
  uk: "UK",
  db: "DB",
  dsn: "DSN",
  pat: "PAT",
};

/** "aws-access-key-id", 2 → "AWS access key IDs". Unknown ids read as their words. */
export function detectorLabel(id: string, count: number): string {
  const words = id.split("-").filter((w) => w !== "");
  const last = words.length - 1;
  return words
    .map((w, i) => i === last && count !== 1 ? plural(w) : (WORD_CASE[w] ?? w))
    .join(" ");
}

/** Acronyms take a bare "s" ("IDs", "PATs"); words follow English endings. */
function plural(word: string): string {
  if (WORD_CASE[word] !== undefined) return `${WORD_CASE[word]}s`;
  if (/[^su]s$/.test(word)) return word; // already plural: "credentials", "keys"
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * "12 emails, 2 AWS access key IDs masked" (largest first, at most `maxKinds` named, the rest as
 * "and N more kinds"), or "nothing masked". Ids are validated by `parseMaskCounts` upstream;
 * the caller still escapes the result for Slack.
 */
export function maskingSummary(counts: MaskCounts, maxKinds = 8): string {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  if (entries.length === 0) return "nothing masked";
  const named = entries.slice(0, maxKinds).map(([id, n]) => `${n} ${detectorLabel(id, n)}`);
  const rest = entries.length - named.length;
  if (rest > 0) named.push(`and ${rest} more kind${rest === 1 ? "" : "s"}`);
  return `${named.join(", ")} masked`;
}
