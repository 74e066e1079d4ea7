/**
 * The examples of the provider detectors (../provider_shapes.ts's token() and assigned()): a fake
 * sample value of each, written into positive examples in several log syntaxes, and its negatives
 * with the look-alikes that real logs are full of. Test data only (./mod.ts), kept out of
 * function bundles.
 */
import type { Detector, DetectorExamples, PositiveExample } from "../../detector.ts";
import { formatOf } from "./sample_names.ts";

/** One provider detector's example data, by detector id in ./<family>.ts. */
export interface ProviderSample {
  /** A fake value of the format (random, never a real credential). */
  sample: string;
  /** Values or lines that must not match: wrong length, alphabet, placeholders. */
  negatives: readonly string[];
  /** Extra positives in syntaxes the generated ones do not show. */
  positives?: readonly PositiveExample[];
  /** How the sample is written when the token carries context (`AccountKey=` + value). */
  frame?: (value: string) => string;
}

/**
 * Common log content that no provider detector may touch: UUIDs, trace and span ids,
 * commit and content hashes, base64 payloads, hex addresses, pod names, timestamps.
 */
export const LOG_LOOKALIKES: readonly string[] = [
  "2026-03-02T11:04:19.233Z INFO request 550e8400-e29b-41d4-a716-446655440000 done in 12ms",
  "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
  "deployed commit 9fceb02d0ae598e95dc970b74767f19372d61af8 to prod (build 48213)",
  "image sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 pulled",
  "body=eyJ1c2VyIjoiYWxpY2UiLCJhY3Rpb24iOiJsb2dpbiIsInRzIjoxNzAwMDAwMDAwfQ== len=64",
  "pod checkout-7d9f8b6c5d-x2k4q OOMKilled at 0x7ffd5fbff8a0, pid 31337, port 8443",
  'etag W/"8f14e45fceea167a5a36dedd4b4b5c0a" cache=HIT age=3600',
  "blk_-5880591395067598620 replicated to 10.251.71.16:50010 in 1.204s",
];

/** How a value is written in text around it. */
type Frame = (value: string) => string;

const TOKEN_SYNTAXES: readonly Frame[] = [
  (v) => `API_TOKEN=${v}`,
  (v) => `{"level":"error","msg":"upstream rejected credential","credential":"${v}"}`,
  (v) => `2026-03-02T11:04:19.233Z WARN retrying with ${v} (attempt 2/5)`,
  (v) => `  token: '${v}'`,
];

/** The syntaxes a value found after the key name `name` is written in. */
function assignedSyntaxes(name: string): Frame[] {
  return [
    (v) => `${name}=${v}`,
    (v) => `{"service":"billing","${name}":"${v}"}`,
    (v) => `    ${name.toLowerCase()}: "${v}"`,
    (v) => `level=warn msg="config loaded" ${name}: ${v}`,
  ];
}

/**
 * `detector`'s examples from its sample: the sample in each syntax of its kind (a token alone, or
 * a value after its key name), its own positives, its negatives and the log look-alikes. Throws
 * when token() or assigned() did not build `detector`.
 */
export function providerExamples(detector: Detector, sample: ProviderSample): DetectorExamples {
  const format = formatOf(detector);
  if (format === undefined) {
    throw new Error(`detector ${detector.id} was not built by token() or assigned()`);
  }
  const frame = sample.frame;
  const syntaxes = format.kind === "assigned"
    ? assignedSyntaxes(format.name)
    : frame === undefined
    ? TOKEN_SYNTAXES
    : TOKEN_SYNTAXES.map((syntax) => (v: string) => syntax(frame(v)));
  return {
    positive: [
      ...syntaxes.map((syntax) => ({ text: syntax(sample.sample), secret: sample.sample })),
      ...(sample.positives ?? []),
    ],
    negative: [...sample.negatives, ...LOG_LOOKALIKES],
  };
}
