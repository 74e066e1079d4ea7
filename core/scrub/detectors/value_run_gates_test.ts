/**
 * The gates of ./value_runs.ts are necessary conditions: a gated detector finds exactly what it
 * found before it was gated, on its own examples, on every corpus line (and their decoded
 * views, which detectors read too), and on generated lines holding its values beside other
 * long runs; and its gate refuses the lines of key/value logs that woke it for nothing.
 */
import assert from "@node/assert";
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { generatorFor, seededRandom } from "../corpus/token_generator.ts";
import { builtinDetectors } from "./mod.ts";
import { examplesOf } from "./examples/mod.ts";
import { formatOf } from "./examples/sample_names.ts";
import { gatedByScannedRuns, gateOf } from "./value_runs.ts";
import { corpusTexts, linesWithViews } from "../corpus/corpus_texts.ts";

// The gates of value runs; email-address-international's (a character past ASCII) has its own
// test, ./email_international_gate_test.ts; those read from the keyword scan's runs hold on any
// line read alone (as here) and are tested where the scan hands its runs over,
// ../prefilter/scan_runs_test.ts.
const GATED = builtinDetectors().filter((d) =>
  gateOf(d) !== undefined && d.id !== "email-address-international" && !gatedByScannedRuns(d)
);

Deno.test("the gates read from the keyword scan's runs hold on every line read alone", () => {
  const scanned = builtinDetectors().filter(gatedByScannedRuns);
  assert.deepEqual(scanned.map((d) => d.id).sort(), [
    "payment-card-json-number",
    "vault-batch-token-bare",
    "vault-legacy-token",
    "vault-service-token-bare",
  ]);
  const lines = linesWithViews(corpusTexts()).slice(0, 2000);
  for (const detector of scanned) {
    for (const line of lines) assert.ok(detector.gate!(line), `${detector.id} on ${line}`);
  }
});

/** What `detector` masks on `line`, as text: start, end and the finding's id. */
function found(detector: Detector, line: string): string[] {
  return matchDetector(detector, line).map((s) => `${s.start}-${s.end} ${s.detector.id}`);
}

/** `line`'s findings by the gated detector and by the detector as it was, which must agree. */
function assertSameFindings(detector: Detector, line: string): boolean {
  const gate = gateOf(detector)!;
  const before = found(gate.ungated, line);
  assert.deepEqual(found(detector, line), before, `${detector.id} on ${JSON.stringify(line)}`);
  if (before.length > 0) assert.ok(gate.holds(line), `${detector.id}: gate refuses ${line}`);
  return before.length > 0;
}

Deno.test("the gated detectors are the ones gated for key/value logs", () => {
  assert.deepEqual(GATED.map((d) => d.id).sort(), [
    "1password-secret-key",
    "airtable-pat",
    "aws-secret-access-key",
    "aws-session-token",
    "cloudflare-api-token",
    "cloudflare-global-api-key",
    "datadog-client-token",
    "ibm-cloud-api-key",
    "ibm-cos-hmac-secret",
    "notion-integration-token",
    "telegram-bot-token",
    "telnyx-api-key",
  ]);
});

Deno.test("a gated detector finds what it found ungated on its examples, found or not", () => {
  for (const detector of GATED) {
    const { positive, negative } = examplesOf(detector);
    let hits = 0;
    for (const { text } of positive) {
      for (const line of text.split("\n")) if (assertSameFindings(detector, line)) hits++;
    }
    for (const text of negative) {
      for (const line of text.split("\n")) assertSameFindings(detector, line);
    }
    assert.ok(hits > 0, `${detector.id}: no positive example found`);
  }
});

Deno.test("a gated detector finds what it found ungated on every corpus line", () => {
  const lines = linesWithViews(corpusTexts());
  const hits = new Map<string, number>();
  for (const detector of GATED) {
    for (const line of lines) {
      if (assertSameFindings(detector, line)) {
        hits.set(detector.id, (hits.get(detector.id) ?? 0) + 1);
      }
    }
  }
  // The corpora hold values of most of them: the comparison is not only of empty findings.
  assert.ok(hits.size >= 6, `found by: ${[...hits.keys()]}`);
});

Deno.test("generated values beside long runs of every class: the same findings gated", () => {
  const random = seededRandom(41);
  // Neighbours that make long runs of the gates' classes, or join a value into a longer run.
  const neighbours = [
    "",
    "a".repeat(40),
    "f".repeat(64),
    "A1b2".repeat(12),
    "SHA256:" + "Ab9".repeat(14) + "x",
    "/",
    "+",
    "_",
    "-",
    ".",
    "pub",
    "KEY",
    "secret_",
  ];
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  for (const detector of GATED) {
    const format = formatOf(detector)!;
    const generate = generatorFor(format.source);
    let hits = 0;
    for (let trial = 0; trial < 300; trial++) {
      const value = generate(random).text;
      const named = format.kind === "assigned" ? `${format.name}=` : "";
      const lines = [
        `${pick(neighbours)} ${named}${value} ${pick(neighbours)}`,
        `{"${format.kind === "assigned" ? format.name : "v"}":"${value}","x":"${
          pick(neighbours)
        }"}`,
        `${pick(neighbours)}${named}${pick(neighbours)}${value}${pick(neighbours)}`,
        `${named}${value}`.slice(1 + Math.floor(random() * 3)),
      ];
      for (const line of lines) if (assertSameFindings(detector, line)) hits++;
    }
    assert.ok(hits > 100, `${detector.id}: ${hits} generated lines found`);
  }
});

Deno.test("a gate holds for a value at the end of a longer run, where its pattern takes one", () => {
  // A value read back from it to its key may follow any character but a letter, digit or `_`:
  // in a longer run of its class, after a `/` or `+` (base64) or a `-` (URL-safe).
  const cases: [string, string, string[]][] = [
    ["aws-secret-access-key", "Xk3pQ9vLm2Rt7Wz0Yb5Nc8Hd1Fg4Js6Ae7Bu2CoD", ["/", "+", "ab/", "x+"]],
    ["cloudflare-api-token", "Xk3pQ9vLm2Rt7Wz0Yb5Nc8Hd1Fg4Js6Ae7Bu2CoD", ["-", "ab-", "x_-"]],
  ];
  for (const [id, value, befores] of cases) {
    const holds = gateOf(GATED.find((d) => d.id === id)!)!.holds;
    for (const before of befores) assert.ok(holds(`key=${before}${value} `), `${id} ${before}`);
    // After a letter or digit in a longer run: no value of its length ends the run.
    for (const before of ["a", "ab", "a0"]) assert.ok(!holds(`key=${before}${value} `), before);
    assert.ok(!holds(`key=${value.slice(1)} `), `${id}: one short`);
  }
});

Deno.test("the gates refuse the key/value lines that woke their detectors for nothing", () => {
  const byId = new Map(GATED.map((d) => [d.id, d]));
  // Lines as key/value logs write them: key words everywhere, long ids, no value of these.
  const lines = [
    `{"public_key_fingerprint":"SHA256:rB71eYBtCrvyuZS09tPMBC8TUNSJzQx6YvJhj4UmJ3c","aws_region":"eu-west-1"}`,
    `secret_name=stripe-webhook trace_id=0c632d4e86a538cc03aa056da5590e89 idempotency_key=c3b7cf3c-2563-42b9-8409-d3fb64afebed`,
    `path=/v1/tokens/88578 page_token=kZmjw2YvsPJ3X7fnaGvmvHAw api_key_id=key_859 etag=W/"8eb2af2f26165a881cd424e42a851214"`,
    `aws_secret_access_key_id=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEYx public=pub${
      "a1".repeat(17)
    }`,
  ];
  for (const line of lines) {
    for (const [id, detector] of byId) {
      assert.equal(gateOf(detector)!.holds(line), false, `${id} on ${line}`);
    }
  }
});
