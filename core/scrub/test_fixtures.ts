/**
 * Small detectors for the engine's own tests, so they do not depend on the built-in
 * registry. Formats are invented for the tests: `tok_` + 20 letters/digits (a secret),
 * `key=` values (a secret in context), e-mail-like `x@y.z` (personal data, no keyword),
 * 4-digit card-ish numbers `card 1111-2222-3333-4444` (partial), and `ip 10.1.2.3` (pseudonym).
 */
import type { BlockDetector, Detector } from "./detector.ts";

const none = { positive: [], negative: [] };

/** test token: tok_ then 20 letters or digits */
export const TOKEN: Detector = {
  id: "test-token",
  kind: "secret",
  prefilter: { keywords: ["tok_"] },
  pattern: /(?<![A-Za-z0-9])tok_[A-Za-z0-9]{20}(?![A-Za-z0-9])/g,
  examples: none,
};

/** test secret in context: key=<value> */
export const KEY_VALUE: Detector = {
  id: "test-key-value",
  kind: "secret",
  prefilter: { keywords: ["key="] },
  pattern: /key=(?<secret>[^\s&"]{4,200})/dg,
  examples: none,
};

/** test e-mail address, run on every line (no keyword) */
export const EMAIL: Detector = {
  id: "test-email",
  kind: "pii",
  pattern: /[a-z0-9._]{1,64}@[a-z0-9-]{1,63}\.[a-z]{2,10}/g,
  examples: none,
};

/** test card number: four groups of four digits */
export const CARD: Detector = {
  id: "test-card",
  kind: "pii",
  prefilter: { keywords: ["card"] },
  pattern: /\b\d{4}-\d{4}-\d{4}-\d{4}\b/g,
  mask: "partial",
  examples: none,
};

/** test IPv4 address after `ip ` */
export const IP: Detector = {
  id: "test-ip",
  kind: "pii",
  prefilter: { keywords: ["ip "] },
  pattern: /(?<=ip )\d{1,3}(?:\.\d{1,3}){3}\b/g,
  mask: "pseudonym",
  examples: none,
};

/** test private key block between BEGIN TEST KEY and END TEST KEY */
export const KEY_BLOCK: BlockDetector = {
  id: "test-key-block",
  kind: "secret",
  prefilter: { keywords: ["begin test key"] },
  begin: /-----BEGIN TEST KEY-----/,
  end: /-----END TEST KEY-----/,
  maxLines: 5,
  examples: none,
};

export const TEST_DETECTORS: readonly Detector[] = [TOKEN, KEY_VALUE, EMAIL, CARD, IP];
export const TEST_BLOCK_DETECTORS: readonly BlockDetector[] = [KEY_BLOCK];
export const TEST_DETECTOR_SET = {
  detectors: TEST_DETECTORS,
  blockDetectors: TEST_BLOCK_DETECTORS,
};
