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

/**
 * Built on first use: only post_debug_report parses counts; the other importers write them. An
 * object of counts under any names, then its names checked (as zod's record of detector ids
 * would: it adds 2.7 KB of its own code to the bundle for this schema alone).
 */
const countsSchema = /* @__PURE__ */ once(() =>
  z
    .catchall(z.object({}), z.number().check(z.integer(), z.nonnegative(), z.lte(1e12)))
    .check(z.refine((counts) => {
      const ids = Object.keys(counts);
      return ids.length <= MAX_KINDS && ids.every((id) => id.length <= 64 && DETECTOR_ID.test(id));
    }, "too many detector ids, or one that is not a detector id"))
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

/** Words that read better in their usual case than lower-cased, by their lower case. */
const WORD_CASE: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ ("1Password AD API Asana AWS Azure CA CI CLI COS CSV Datadog DB DevOps DSN FHIR " +
    "GCP GitHub GitLab Google HEC HL7 HMAC IAM IBAN IBM ID IP IPv4 IPv6 JWT LDIF MAC MWS NHS npm " +
    "OAuth OpenAI PAT PEM PGP PyPI SAS SCIM SendGrid SID Slack SQL SSH SSN SSR Stripe Twilio UK " +
    "URI URL US")
    .split(" ").map((word) => [word.toLowerCase(), word]),
);

/**
 * Countable nouns a label can end on: the word that takes the plural ("AWS access key IDs").
 * An id ending otherwise (a custom pattern's "order-ref") is counted in "values".
 */
const NOUNS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ("account address assignment authorization authtoken block card certificate code column " +
    "cookie credential dsn element email field flag hash header iban id identity input jwt key " +
    "name number pair parameter pat password registration response secret segment sid " +
    "signature ssn token uri url value").split(" "),
);

/** Nouns an id may name in the plural ("url-credentials"): their singular. */
const SINGULAR: Record<string, string> = {
  credentials: "credential",
  elements: "element",
  fields: "field",
};

/**
 * Trailing words that say which variant a detector finds, not what it finds: shown after the
 * counted noun, in parentheses ("email addresses (URL-encoded)"), or not at all where they say
 * only how it is found ("person-name-in-prose": "person names").
 */
const QUALIFIERS: [words: string, shown: string][] = [
  ["form-encoded", "form-encoded"],
  ["quoted-local", "quoted"],
  ...("in-prose given-family alone after-name named-after bare dashed grouped century-letter " +
    "lower-case other-notations in-transfer").split(" ").map((w): [string, string] => [w, ""]),
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
 * engine's own scrub-limit (the rest of a line masked unread where a bound on the work stopped a
 * detector). The plural puts the word before any "(…)" in the plural (fixedLabel), unless given.
 * Written `id=label`, or `id=singular;plural`, joined by `|`: one string, smaller in a bundle than
 * an object's keys and values.
 */
const LABELS: Record<string, string | [singular: string, plural: string]> = /* @__PURE__ */ Object
  .fromEntries(
    /* @__PURE__ */ ("be-national-number=Belgian national number|cn-resident-id=Chinese resident ID number|" +
      "litecoin-address=Litecoin address|national-id-generic-key=national ID number|" +
      "phone-number-tel-uri=phone number (tel: URI)|" +
      "phone-number-sip-uri=phone number (SIP URI)|au-abn=Australian business number|" +
      "au-acn=Australian company number|au-medicare=Australian Medicare number|" +
      "cookie-value=cookie|email-address-international=internationalized email address|" +
      "es-cif=Spanish CIF number|fi-hetu=Finnish personal identity code|in-gstin=Indian GSTIN|" +
      "kr-rrn=Korean resident registration number|" +
      "kubernetes-secret-data=Kubernetes Secret value|" +
      "se-organisationsnummer=Swedish organisation number|" +
      "se-personnummer=Swedish personal identity number|set-cookie-value=Set-Cookie value|" +
      "sg-nric-fin=Singapore NRIC/FIN|sg-uen=Singapore UEN|th-tnin=Thai national ID number|" +
      "tr-tckn=Turkish identity number|uk-postcode=UK postcode|" +
      "us-aba-routing=US ABA routing number|us-mbi=US Medicare beneficiary identifier|" +
      "us-npi=US NPI|au-tfn=Australian tax file number|br-cpf=Brazilian CPF number|" +
      "ca-sin=Canadian social insurance number|de-steuer-id=German tax ID|" +
      "docker-config-auth=Docker config credential|es-dni-nie=Spanish DNI/NIE number|" +
      "fr-nir=French social security number|http-authorization=HTTP Authorization header|" +
      "in-aadhaar=Aadhaar number|in-pan=Indian PAN|it-codice-fiscale=Italian tax code|" +
      "key-assignment-high-entropy=high-entropy key assignment|" +
      "nl-bsn=Dutch citizen service number|npmrc-auth=.npmrc credential|" +
      "pl-pesel=Polish PESEL number|" +
      "scrub-limit=line part past a scrubbing limit;line parts past a scrubbing limit|" +
      "uk-nino=UK National Insurance number|us-itin=US ITIN|" +
      "azure-devops-pat-84=Azure DevOps PAT|ar-cuit=Argentine CUIT|ar-dni=Argentine DNI number|" +
      "br-cnpj=Brazilian CNPJ|cl-rut=Chilean RUT|date-of-birth=date of birth;dates of birth|" +
      "de-insurance-number=German insurance number|de-tax-number=German tax number|" +
      "dk-cpr=Danish CPR number|es-nie=Spanish NIE number|il-teudat-zehut=Israeli ID number|" +
      "imei=IMEI|imsi=IMSI|kr-brn=Korean business registration number|mx-curp=Mexican CURP|" +
      "mx-rfc=Mexican RFC|ng-nin=Nigerian NIN|" +
      "no-fodselsnummer=Norwegian national identity number|ru-inn=Russian INN|" +
      "ru-snils=Russian SNILS number|tron-address=TRON address|us-zip-plus4=US ZIP+4 code|" +
      "vin-number=vehicle identification number|pt-nif-niss=Portuguese NIF/NISS number|" +
      "mrn=medical record number|passport-mrz=machine-readable zone|uk-trn=UK temporary reference number|" +
      "sasl-passwd-password=Postfix SASL password|bech32-chain-address=Cosmos/Cardano address|" +
      "auth-user-password=password (user:password pair)|" +
      "anaconda-channel-token=Anaconda channel token|personal-identifier-key=personal identifier|" +
      "directory-card-attribute=directory entry value")
      .split("|").map((entry) => {
        const [id, one, many] = entry.split(/[=;]/);
        return [id, many === undefined ? one : [one, many]];
      }),
  );

/**
 * "aws-access-key-id", 2 → "AWS access key IDs"; "email-address-url-encoded", 1 → "email
 * address (URL-encoded)". Unknown ids read as their words, counted as "values" when they do not
 * end on a known noun.
 */
export function detectorLabel(id: string, count: number): string {
  const one = count === 1;
  const fixed = LABELS[id];
  if (fixed) return fixedLabel(fixed, one);
  let base = id;
  let qualifier = "";
  for (const [words, shown] of QUALIFIERS) {
    if (base.endsWith(`-${words}`)) {
      base = base.slice(0, -words.length - 1);
      qualifier = shown && ` (${shown})`;
      break;
    }
  }
  const labelled = LABELS[base];
  if (labelled) return fixedLabel(labelled, one) + qualifier;
  const words = base.split("-").filter((w) => w !== "").map((w) => SINGULAR[w] ?? w);
  if (words.length === 0 || !NOUNS.has(words[words.length - 1])) words.push("value");
  const last = words.length - 1;
  const shown = words.map((w, i) => i === last && !one ? plural(w) : (WORD_CASE.get(w) ?? w));
  return `${shown.join(" ")}${qualifier}`;
}

/** A LABELS entry, one or many: "phone number (SIP URI)" → "phone numbers (SIP URI)". */
function fixedLabel(label: string | [singular: string, plural: string], one: boolean): string {
  if (typeof label !== "string") return one ? label[0] : label[1];
  if (one) return label;
  const end = label.includes(" (") ? label.indexOf(" (") : label.length;
  const start = label.lastIndexOf(" ", end - 1) + 1;
  return label.slice(0, start) + plural(label.slice(start, end)) + label.slice(end);
}

/** Acronyms take a bare "s" ("IDs", "PATs"); words follow English endings. */
function plural(word: string): string {
  const cased = WORD_CASE.get(word);
  if (cased !== undefined) return `${cased}s`;
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
