/**
 * Masking counts (`{ [detector id]: number }`, travelling between steps as JSON) and the human
 * sentence a report shows: "12 email addresses, 2 AWS access key IDs masked".
 */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { counted } from "./counted.ts";

export type MaskCounts = Record<string, number>;

/** Detector ids are kebab-case; anything else in untrusted counts is refused. */
const DETECTOR_ID = /^[a-z0-9]+(-[a-z0-9]+){0,11}$/;
const MAX_KINDS = 200;
const MAX_JSON_LENGTH = 16_000;

/** Built on first use: only post_debug_report parses counts; the other importers write them. */
const countsSchema = /* @__PURE__ */ once(() =>
  z
    .record(
      z.string().check(z.maxLength(64), z.regex(DETECTOR_ID)),
      z.number().check(z.int(), z.nonnegative(), z.lte(1e12)),
    )
    .check(z.refine((counts) => Object.keys(counts).length <= MAX_KINDS, "too many detector ids"))
);

/** Parse `masked_counts` JSON; `undefined` when it is not a valid counts object. */
export function parseMaskCounts(json: string): MaskCounts | undefined {
  if (json.length > MAX_JSON_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = countsSchema().safeParse(value);
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
  "1password": "1Password",
  ad: "AD",
  api: "API",
  aws: "AWS",
  azure: "Azure",
  ca: "CA",
  ci: "CI",
  cli: "CLI",
  cos: "COS",
  datadog: "Datadog",
  db: "DB",
  devops: "DevOps",
  dsn: "DSN",
  gcp: "GCP",
  github: "GitHub",
  gitlab: "GitLab",
  google: "Google",
  hec: "HEC",
  hmac: "HMAC",
  iam: "IAM",
  iban: "IBAN",
  ibm: "IBM",
  id: "ID",
  ip: "IP",
  ipv4: "IPv4",
  ipv6: "IPv6",
  jwt: "JWT",
  mac: "MAC",
  mws: "MWS",
  nhs: "NHS",
  npm: "npm",
  oauth: "OAuth",
  openai: "OpenAI",
  pat: "PAT",
  pem: "PEM",
  pgp: "PGP",
  pypi: "PyPI",
  sas: "SAS",
  scim: "SCIM",
  sendgrid: "SendGrid",
  sid: "SID",
  slack: "Slack",
  ssh: "SSH",
  ssn: "SSN",
  stripe: "Stripe",
  twilio: "Twilio",
  uk: "UK",
  uri: "URI",
  url: "URL",
  us: "US",
};

/**
 * Countable nouns a label can end on: the word that takes the plural ("AWS access key IDs").
 * An id ending otherwise (a custom pattern's "order-ref") is counted in "values".
 */
const NOUNS = new Set([
  "address",
  "assignment",
  "authorization",
  "authtoken",
  "block",
  "card",
  "certificate",
  "code",
  "cookie",
  "credential",
  "dsn",
  "email",
  "flag",
  "hash",
  "header",
  "iban",
  "id",
  "identity",
  "jwt",
  "key",
  "number",
  "pat",
  "password",
  "response",
  "secret",
  "sid",
  "signature",
  "ssn",
  "token",
  "uri",
  "url",
  "value",
]);

/** Nouns an id may name in the plural ("url-credentials"): their singular. */
const SINGULAR: Record<string, string> = { credentials: "credential" };

/**
 * Trailing words that say which variant a detector finds, not what it finds: shown after the
 * counted noun, in parentheses ("email addresses (URL-encoded)").
 */
const QUALIFIERS: [words: string, shown: string][] = [
  ["url-encoded", "URL-encoded"],
  ["self-hosted", "self-hosted"],
  ["in-context", "in context"],
  ["compressed", "compressed"],
  ["compact", "compact"],
  ["base58", "base58"],
  ["bech32", "bech32"],
  ["inline", "inline"],
  ["v2", "v2"],
];

/**
 * Ids whose words do not make a label: national identifiers, a few credential formats and the
 * engine's own scrub-limit.
 */
const LABELS: Record<string, [singular: string, plural: string]> = {
  "be-national-number": ["Belgian national number", "Belgian national numbers"],
  "cn-resident-id": ["Chinese resident ID number", "Chinese resident ID numbers"],
  "litecoin-address": ["Litecoin address", "Litecoin addresses"],
  "national-id-generic-key": ["national ID number", "national ID numbers"],
  "phone-number-tel-uri": ["phone number (tel: URI)", "phone numbers (tel: URI)"],
  "phone-number-sip-uri": ["phone number (SIP URI)", "phone numbers (SIP URI)"],
  "au-abn": ["Australian business number", "Australian business numbers"],
  "au-acn": ["Australian company number", "Australian company numbers"],
  "au-medicare": ["Australian Medicare number", "Australian Medicare numbers"],
  "cookie-value": ["cookie", "cookies"],
  "email-address-international": [
    "internationalized email address",
    "internationalized email addresses",
  ],
  "es-cif": ["Spanish CIF number", "Spanish CIF numbers"],
  "fi-hetu": ["Finnish personal identity code", "Finnish personal identity codes"],
  "in-gstin": ["Indian GSTIN", "Indian GSTINs"],
  "kr-rrn": ["Korean resident registration number", "Korean resident registration numbers"],
  "kubernetes-secret-data": ["Kubernetes Secret value", "Kubernetes Secret values"],
  "se-organisationsnummer": ["Swedish organisation number", "Swedish organisation numbers"],
  "se-personnummer": ["Swedish personal identity number", "Swedish personal identity numbers"],
  "set-cookie-value": ["Set-Cookie value", "Set-Cookie values"],
  "sg-nric-fin": ["Singapore NRIC/FIN", "Singapore NRIC/FINs"],
  "sg-uen": ["Singapore UEN", "Singapore UENs"],
  "th-tnin": ["Thai national ID number", "Thai national ID numbers"],
  "tr-tckn": ["Turkish identity number", "Turkish identity numbers"],
  "uk-postcode": ["UK postcode", "UK postcodes"],
  "us-aba-routing": ["US ABA routing number", "US ABA routing numbers"],
  "us-mbi": ["US Medicare beneficiary identifier", "US Medicare beneficiary identifiers"],
  "us-npi": ["US NPI", "US NPIs"],
  "au-tfn": ["Australian tax file number", "Australian tax file numbers"],
  "br-cpf": ["Brazilian CPF number", "Brazilian CPF numbers"],
  "ca-sin": ["Canadian social insurance number", "Canadian social insurance numbers"],
  "de-steuer-id": ["German tax ID", "German tax IDs"],
  "docker-config-auth": ["Docker config credential", "Docker config credentials"],
  "es-dni-nie": ["Spanish DNI/NIE number", "Spanish DNI/NIE numbers"],
  "fr-nir": ["French social security number", "French social security numbers"],
  "http-authorization": ["HTTP Authorization header", "HTTP Authorization headers"],
  "in-aadhaar": ["Aadhaar number", "Aadhaar numbers"],
  "in-pan": ["Indian PAN", "Indian PANs"],
  "it-codice-fiscale": ["Italian tax code", "Italian tax codes"],
  "key-assignment-high-entropy": ["high-entropy key assignment", "high-entropy key assignments"],
  "nl-bsn": ["Dutch citizen service number", "Dutch citizen service numbers"],
  "npmrc-auth": [".npmrc credential", ".npmrc credentials"],
  "pl-pesel": ["Polish PESEL number", "Polish PESEL numbers"],
  // The engine's: the rest of a line masked unread where a bound on the work stopped a detector.
  "scrub-limit": ["line part past a scrubbing limit", "line parts past a scrubbing limit"],
  "uk-nino": ["UK National Insurance number", "UK National Insurance numbers"],
  "us-itin": ["US ITIN", "US ITINs"],
};

/**
 * "aws-access-key-id", 2 → "AWS access key IDs"; "email-address-url-encoded", 1 → "email
 * address (URL-encoded)". Unknown ids read as their words, counted as "values" when they do not
 * end on a known noun.
 */
export function detectorLabel(id: string, count: number): string {
  const one = count === 1;
  const fixed = LABELS[id];
  if (fixed) return one ? fixed[0] : fixed[1];
  let base = id;
  let qualifier = "";
  for (const [words, shown] of QUALIFIERS) {
    if (base.endsWith(`-${words}`)) {
      base = base.slice(0, -words.length - 1);
      qualifier = ` (${shown})`;
      break;
    }
  }
  const labelled = LABELS[base];
  if (labelled) return (one ? labelled[0] : labelled[1]) + qualifier;
  const words = base.split("-").filter((w) => w !== "").map((w) => SINGULAR[w] ?? w);
  if (words.length === 0 || !NOUNS.has(words[words.length - 1])) words.push("value");
  const last = words.length - 1;
  const shown = words.map((w, i) => i === last && !one ? plural(w) : (WORD_CASE[w] ?? w));
  return `${shown.join(" ")}${qualifier}`;
}

/** Acronyms take a bare "s" ("IDs", "PATs"); words follow English endings. */
function plural(word: string): string {
  if (WORD_CASE[word] !== undefined) return `${WORD_CASE[word]}s`;
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
  if (rest > 0) named.push(`and ${counted(rest, "more kind", "more kinds")}`);
  return `${named.join(", ")} masked`;
}
