/**
 * Findings in combination on one line: beside block markers, beside this engine's own tokens,
 * and blocks that begin, end and begin again. Each case puts a secret where a shortcut in the
 * engine would let it through.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber, type PolicyInput } from "./mod.ts";
import { TEST_DETECTOR_SET } from "./test_fixtures.ts";

const KEY = new Uint8Array(32).fill(9);
const scrubber = (policy?: PolicyInput) =>
  createScrubber(policy, { ...TEST_DETECTOR_SET, pseudonymKey: KEY });
const scrubLines = (lines: string[], policy?: PolicyInput) =>
  scrubber(policy).scrub(lines.join("\n"));

const BEGIN = "-----BEGIN TEST KEY-----";
const END = "-----END TEST KEY-----";
const TOKEN = "tok_abcdefghij0123456789";
const BLOCK = "[REDACTED:test-key-block]";

Deno.test("text before a begin marker on its line is scrubbed, keyword and keyword-free detectors alike", () => {
  const { text, counts } = scrubLines([
    `key=hunter22 ann@corp.example ${TOKEN} ${BEGIN}`,
    "QUJDRA==",
    `${END} then key=after123`,
    `ip 10.1.2.3 ${BEGIN}QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZn${END} bob@corp.example`,
  ]);
  const out = text.split("\n");
  deepStrictEqual(out.slice(0, 3), [
    `key=[REDACTED:test-key-value] [REDACTED:test-email] [REDACTED:test-token] ${BLOCK}`,
    BLOCK,
    `${BLOCK} then key=[REDACTED:test-key-value]`,
  ]);
  ok(
    /^ip \[test-ip:[0-9a-f]{10}\] \[REDACTED:test-key-block\] \[REDACTED:test-email\]$/.test(
      out[3],
    ),
    out[3],
  );
  deepStrictEqual(counts, {
    "test-key-value": 2,
    "test-email": 2,
    "test-token": 1,
    "test-ip": 1,
    "test-key-block": 2,
  });
});

Deno.test("built-in detectors: a secret before a private-key marker on the same line is masked", () => {
  const s = createScrubber({}, { pseudonymKey: KEY });
  const { text } = s.scrub([
    "loading db_password=Xk9mQ2vLp7 for ann.lee@corp-mail.net -----BEGIN RSA PRIVATE KEY-----",
    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun",
    "-----END RSA PRIVATE KEY-----",
  ].join("\n"));
  for (const raw of ["Xk9mQ2vLp7", "ann.lee", "MIIEow"]) {
    ok(!text.includes(raw), `${raw} in ${text}`);
  }
});

Deno.test("a block that ends on a line where another begins: the second block is masked too", () => {
  const { text, counts } = scrubLines([
    `a ${BEGIN} QUJD ${END} b key=hunter22 ${BEGIN}`,
    "QUJDRA==",
    "UVVKRFJBPT0=",
    `${END} ${BEGIN}`,
    "QUJDRA==",
    END,
    "plain",
  ]);
  deepStrictEqual(text.split("\n"), [
    `a ${BLOCK} b key=[REDACTED:test-key-value] ${BLOCK}`,
    BLOCK,
    BLOCK,
    `${BLOCK} ${BLOCK}`,
    BLOCK,
    BLOCK,
    "plain",
  ]);
  deepStrictEqual(counts, { "test-key-block": 3, "test-key-value": 1 });
});

Deno.test("an oversized line inside a block leaves the block open: the body after it is masked", () => {
  const lines = [
    BEGIN,
    "QUJDRA==",
    "A".repeat(300),
    "QUJDRA==",
    "UVVKRFJBPT0=",
    END,
    "after key=hunter22",
  ];
  const expected = [
    BLOCK,
    BLOCK,
    "[REDACTED:oversized-line]",
    BLOCK,
    BLOCK,
    BLOCK,
    "after key=[REDACTED:test-key-value]",
  ].join("\n");
  const policy = { limits: { maxLineLength: 256 } };
  strictEqual(scrubLines(lines, policy).text, expected);
  // In a text stream the long line is dropped while it arrives (never held whole).
  const stream = scrubber(policy).textStream();
  const input = lines.join("\n");
  let text = "";
  for (let i = 0; i < input.length; i += 64) text += stream.write(input.slice(i, i + 64));
  strictEqual(text + stream.end(), expected);
});

Deno.test("a secret right beside this engine's own tokens is still masked", () => {
  const { text } = scrubLines([
    `[REDACTED:test-token]${TOKEN}`,
    "key=[REDACTED:test-key-value]hunter22",
    "mail [REDACTED:test-email]ann@corp.example[REDACTED:test-email]",
    `[test-ip:0123456789]${TOKEN}[test-ip:0123456789]`,
    "card [REDACTED:test-card …4242]4111-1111-1111-1234",
  ]);
  deepStrictEqual(text.split("\n"), [
    "[REDACTED:test-token][REDACTED:test-token]",
    "key=[REDACTED:test-key-value]",
    "mail [REDACTED:test-email][REDACTED:test-email][REDACTED:test-email]",
    "[test-ip:0123456789][REDACTED:test-token][test-ip:0123456789]",
    "card [REDACTED:test-card …4242][REDACTED:test-card …1234]",
  ]);
});

Deno.test("a token that names no finding id is not one: what it holds is scrubbed", () => {
  const { text, counts } = scrubLines([
    "card [REDACTED:4111-1111-1111-4242] and [REDACTED:test-card …4242]",
    "card [4111-1111-1111-4343:0123456789] and [test-ip:0123456789]",
  ]);
  deepStrictEqual(text.split("\n"), [
    "card [REDACTED:[REDACTED:test-card …4242]] and [REDACTED:test-card …4242]",
    "card [[REDACTED:test-card …4343]:0123456789] and [test-ip:0123456789]",
  ]);
  deepStrictEqual(counts, { "test-card": 2 });
});
