/**
 * Every provider token with an entropy bound, at the bound: values of the detector's own format
 * are made less and less random (one symbol of the secret merged into another of its kind at a
 * time, each step still of the format), so that the steps cross the bound by a fraction of a bit.
 * Every step below the bound is left (a stand-in such as `shpat_aaaa…`), and a step less than half a
 * bit above it is masked: the bound is neither higher nor lower than the detector says.
 */
import { ok, strictEqual } from "@node/assert";
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { shannonEntropy } from "../entropy.ts";
import { formatOf, type TokenFormat } from "./examples/sample_names.ts";
import { generateAccepted } from "../corpus/provider_cases.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { CONTENT_CHECKED, PROVIDER_DETECTORS } from "./test_support.ts";

/**
 * Its literal start alone has more than 4 bits: only a long body crosses the bound (the test of
 * its own below).
 */
const LONG_PREFIXED = "aws-bedrock-short-term-api-key";
/**
 * Its literal start (`AGE-SECRET-KEY-1`) shares nine letters with its bech32 body: merging the
 * body's symbols one into another stops at the letters of the start, above the bound (the test of
 * its own below).
 */
const AGE = "age-secret-key";

/**
 * The entropy bound each provider detector declares, in bits per character (its family file
 * says why): 3 unless listed here.
 */
const DECLARED_BOUNDS: ReadonlyMap<string, number> = new Map([
  ...[
    "slack-session-cookie",
    "slack-config-token",
    "slack-refresh-token",
    "discord-webhook-url",
    "firebase-cloud-messaging-server-key",
    "aws-session-token",
    "aws-session-token-unnamed",
    "aws-bedrock-api-key",
    "aws-bedrock-short-term-api-key",
    "azure-storage-account-key",
    "azure-shared-access-key",
    "yandex-cloud-iam-token",
    "confluent-api-secret",
    "bitbucket-access-token",
    "sentry-org-token",
    "grafana-cloud-token",
    "grafana-api-key",
    "sumologic-http-source-url",
    "paypal-client-secret",
    "pypi-upload-token",
    "vault-token",
    "flyio-token",
    "dropbox-access-token",
    "mapbox-secret-token",
    "salesforce-access-token",
    "facebook-access-token",
    "aws-ecr-login-token",
  ].map((id) => [id, 4] as const),
  ...[
    "openai-api-key",
    "anthropic-api-key",
    "huggingface-token",
    "cohere-api-key",
    "replicate-api-token",
    "groq-api-key",
    "perplexity-api-key",
    "mistral-api-key",
    "xai-api-key",
    "pinecone-api-key",
    "nvidia-api-key",
    "fireworks-api-key",
    "cerebras-api-key",
    "together-api-key",
    "discord-bot-token",
    "discord-client-secret",
    "power-automate-webhook-signature",
    "google-chat-webhook-token",
    "aws-secret-access-key",
    "google-oauth-access-token",
    "google-oauth-refresh-token",
    "azure-sas-signature",
    "azure-ad-client-secret",
    "azure-devops-pat",
    "alibaba-access-key-secret",
    "tencent-secret-id",
    "yandex-cloud-api-key",
    "github-fine-grained-pat",
    "bitbucket-app-password",
    "bitbucket-client-secret",
    "bitbucket-data-center-token",
    "gcp-express-mode-api-key",
    "travis-ci-token",
    "sendgrid-api-key",
    "mandrill-api-key",
    "resend-api-key",
    "messagebird-api-key",
    "onesignal-api-key",
    "plivo-auth-token",
    "newrelic-insights-key",
    "grafana-service-account-token",
    "honeycomb-ingest-key",
    "honeycomb-api-key",
    "pagerduty-api-key",
    "coralogix-api-key",
    "sumologic-access-key",
    "logging-service-token",
    "stripe-webhook-secret",
    "square-access-token",
    "square-oauth-secret",
    "razorpay-key-secret",
    "gocardless-access-token",
    "dockerhub-access-token",
    "nuget-api-key",
    "artifactory-reference-token",
    "clojars-deploy-token",
    "crates-io-token",
    "octopus-deploy-api-key",
    "gradle-plugin-portal-key",
    "atlassian-legacy-api-token",
    "notion-integration-token",
    "vault-legacy-token",
    "doppler-token",
    "terraform-cloud-token",
    "vercel-token",
    "netlify-legacy-token",
    "planetscale-token",
    "cloudflare-api-token",
    "twitch-oauth-token",
    "twitch-client-secret",
    "okta-api-token-header",
    "okta-api-token",
    "tailscale-key",
    "twitter-bearer-token",
    "easypost-api-key",
    "zendesk-api-token",
    "defined-networking-api-token",
    "duffel-api-token",
    "ngrok-authtoken",
    "cloudinary-url",
    "trello-api-token",
    "auth0-client-secret",
    "segment-write-key",
    "vault-unseal-key-argument",
    "azure-identifiable-key",
    "friendli-token",
    "mem0-api-key",
    "heartland-secret-api-key",
  ].map((id) => [id, 3.5] as const),
  ...[
    "vonage-api-secret",
  ].map((id) => [id, 3.3] as const),
]);

/** The line a value of `format` is written in: after its key name when it is an assigned one. */
const lineOf = (format: TokenFormat, text: string) =>
  format.kind === "assigned" ? `${format.name}=${text}` : text;

/** Whether `pattern` alone (no entropy, stand-in or validation check) reads `secret` at `at`. */
function patternReads(pattern: RegExp, line: string, at: number, length: number): boolean {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes("d") ? pattern.flags : `${pattern.flags}d`,
  );
  let m: RegExpExecArray | null;
  for (let n = 0; n < 50 && (m = re.exec(line)) !== null; n++) {
    const [start, end] = m.indices?.groups?.secret ?? [m.index, m.index + m[0].length];
    if (start <= at && end >= at + length && m.groups?.cut === undefined) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

const kindOf = (c: string) =>
  /[0-9]/.test(c)
    ? "digit"
    : /[a-f]/.test(c)
    ? "hex"
    : /[a-z]/.test(c)
    ? "lower"
    : /[A-F]/.test(c)
    ? "HEX"
    : /[A-Z]/.test(c)
    ? "upper"
    : c;

/** One step of the detector's format to the next, less random: the secrets of each step. */
function lessRandom(
  detector: Detector,
  format: TokenFormat,
  first: { text: string; secret: string },
  random: () => number,
): { line: string; at: number; secret: string }[] {
  const steps: { line: string; at: number; secret: string }[] = [];
  let { text, secret } = first;
  for (let step = 0; step < 120; step++) {
    const at = text.lastIndexOf(secret);
    const line = lineOf(format, text);
    steps.push({ line, at: line.lastIndexOf(secret), secret });
    const symbols = [...new Set(secret)];
    const alike: [string, string][] = [], unlike: [string, string][] = [];
    for (const a of symbols) {
      for (const b of symbols) {
        if (a !== b) (kindOf(a) === kindOf(b) ? alike : unlike).push([a, b]);
      }
    }
    // Symbols of a kind first (a hex digit for a hex digit), then any the format allows.
    const shuffled = (pairs: [string, string][]) => pairs.sort(() => random() - 0.5).slice(0, 40);
    let merged = false;
    for (const [a, b] of [...shuffled(alike), ...shuffled(unlike)]) {
      const next = secret.replaceAll(a, b);
      const nextText = text.slice(0, at) + next + text.slice(at + secret.length);
      const nextLine = lineOf(format, nextText);
      const nextAt = nextLine.lastIndexOf(next);
      if (patternReads(detector.pattern, nextLine, nextAt, next.length)) {
        text = nextText;
        secret = next;
        merged = true;
        break;
      }
    }
    if (!merged) break;
  }
  return steps;
}

const found = (detector: Detector, step: { line: string; at: number; secret: string }) =>
  matchDetector(detector, step.line).some((s) =>
    s.start <= step.at && s.end >= step.at + step.secret.length
  );

Deno.test("a provider token is masked less than half a bit above its entropy bound and left below it", () => {
  let bounded = 0;
  const uncrossed: string[] = [];
  for (const detector of PROVIDER_DETECTORS) {
    const format = formatOf(detector);
    if (format === undefined || detector.minEntropy === undefined) continue;
    const bound = DECLARED_BOUNDS.get(detector.id) ?? 3;
    if (detector.id === LONG_PREFIXED || detector.id === AGE) continue;
    // Its check reads more than the format: no value of it alone to vary (CONTENT_CHECKED).
    if (CONTENT_CHECKED.has(detector.id)) continue;
    bounded++;
    const random = seededRandom(detector.id.length * 7919 + bounded);
    let justAbove = false, below = 0;
    for (let attempt = 0; attempt < 6 && !(justAbove && below > 0); attempt++) {
      const first = generateAccepted(detector, format, random);
      if (first === undefined) {
        throw new Error(`${detector.id}: no value of its format is accepted`);
      }
      for (const step of lessRandom(detector, format, first, random)) {
        const bits = shannonEntropy(step.secret);
        if (bits < bound) {
          below++;
          ok(!found(detector, step), `${detector.id}: ${step.secret} (${bits.toFixed(2)} bits)`);
        } else if (bits < bound + 0.45 && found(detector, step)) justAbove = true;
      }
    }
    if (!justAbove || below === 0) {
      uncrossed.push(`${detector.id} (above ${justAbove}, below ${below})`);
    }
  }
  ok(bounded >= 100, `${bounded} provider detectors with an entropy bound`);
  ok(uncrossed.length === 0, `no value crossed the bound: ${uncrossed.join(", ")}`);
});

Deno.test("an AWS Bedrock short-term key is masked from 4 bits of entropy and left below", () => {
  const detector = PROVIDER_DETECTORS.find((d) => d.id === LONG_PREFIXED)!;
  const prefix = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t";
  let above = 0, below = 0;
  // Bodies of 40 to 400 characters from 2 to 40 symbols: the secret's entropy sweeps past 4 bits.
  for (let length = 40; length <= 400; length += 8) {
    for (let symbols = 2; symbols <= 40; symbols += 2) {
      const alphabet = "QwErTyUiOpAsDfGhJkLzXcVbNm0123456789+/qW".slice(0, symbols);
      let body = "";
      for (let i = 0; body.length < length; i++) body += alphabet[(i * 7 + (i >> 3)) % symbols];
      const secret = prefix + body;
      const bits = shannonEntropy(secret);
      if (bits >= 5) continue;
      const step = { line: `key ${secret} ok`, at: 4, secret };
      ok(patternReads(detector.pattern, step.line, 4, secret.length), secret);
      if (bits < 4) below++;
      else above++;
      strictEqual(found(detector, step), bits >= 4, `${bits.toFixed(3)} bits: ${secret}`);
    }
  }
  ok(above > 10 && below > 10, `${above} above, ${below} below`);
});

Deno.test("every detector listed with a bound is a provider detector with an entropy bound", () => {
  const bounded = new Set(
    PROVIDER_DETECTORS.filter((d) => d.minEntropy !== undefined).map((d) => d.id),
  );
  const stale = [...DECLARED_BOUNDS.keys()].filter((id) => !bounded.has(id));
  ok(stale.length === 0, `not provider detectors with a bound: ${stale.join(", ")}`);
});

Deno.test("an age identity is masked from 3 bits of entropy and left below", () => {
  const detector = PROVIDER_DETECTORS.find((d) => d.id === AGE)!;
  const bech32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
  let above = 0, below = 0;
  // Bodies of 58 from 1 to 32 symbols, after either start: the token's entropy sweeps past 3 bits.
  for (const start of ["AGE-SECRET-KEY-1", "AGE-SECRET-KEY-PQ-1"]) {
    for (let symbols = 1; symbols <= 32; symbols++) {
      const body = Array.from({ length: 58 }, (_, i) => bech32[(i * 7) % symbols]).join("");
      const token = start + body;
      const bits = shannonEntropy(token);
      const masked = matchDetector(detector, `identity ${token} loaded`).length > 0;
      strictEqual(masked, bits >= 3, `${token} (${bits.toFixed(2)} bits)`);
      if (bits >= 3) above++;
      else below++;
    }
  }
  ok(above > 0 && below > 0, `${above} above, ${below} below`);
});
