/**
 * A private-key block that never ends, at its line bound (maxLines): every body line is masked
 * however long the key runs; a header-like line is key text within the bound and ends the block
 * past it; a blank line stays blank. A marker quoted in a sentence starts no block, unless key
 * body follows it, or the sentence is past the first 4096 characters after the marker (fail
 * closed). Generated over the body lengths around the bound.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber();
const BEGIN = "-----BEGIN RSA PRIVATE KEY-----";
const MASK = "[REDACTED:private-key-block]";
const BODY = "MIIEowIBAAKCAQEAx9Qm2LwV7pK4rT8Zx9Qm2LwV7pK4rT8Zx9Qm2LwV7pK4rT8Z";
const HEADER = "Proc-Type: 4,ENCRYPTED";
/** The private-key block's maxLines (./detectors/private_keys.ts), counting its BEGIN line. */
const MAX_LINES = 120;

Deno.test("a block that never ends: body masked at any length, a header only within maxLines", () => {
  for (const k of [1, MAX_LINES - 3, MAX_LINES - 2, MAX_LINES - 1, MAX_LINES, MAX_LINES + 5]) {
    const lines = [BEGIN, ...Array(k).fill(BODY), HEADER, BODY, "", BODY];
    const out = scrubber.scrub(lines.join("\n")).text.split("\n");
    // The header is the block's line 1 + k + 1: within the bound it is masked as key text.
    const within = 1 + k < MAX_LINES;
    deepStrictEqual(out, [
      MASK,
      ...Array(k).fill(MASK),
      within ? MASK : HEADER,
      // Past a header that ended the block, a bare base64 line is no finding here.
      within ? MASK : BODY,
      "",
      within ? MASK : BODY,
    ], `${k} body lines`);
  }
});

Deno.test("base64 body past maxLines stays masked, bare, quoted, escaped or after a logger's prefix", () => {
  for (
    const body of [
      BODY,
      `  "${BODY}\\n",`,
      `'${BODY}'`,
      `2024-05-01T10:00:00Z app[1]: ${BODY}`,
    ]
  ) {
    const lines = [BEGIN, ...Array(MAX_LINES + 10).fill(body)];
    const out = scrubber.scrub(lines.join("\n")).text.split("\n");
    deepStrictEqual(out, Array(lines.length).fill(MASK), body);
  }
});

Deno.test("a marker quoted in prose starts no block, unless key body follows or the prose is far", () => {
  const prose = `expected "${BEGIN}" header but got none`;
  deepStrictEqual(scrubber.scrub(`${prose}\n${BODY}`).text.split("\n"), [prose, BODY]);
  // Key body after the marker: a block, whatever words come too.
  const withBody = `${BEGIN} the key was ${BODY}`;
  deepStrictEqual(scrubber.scrub(`${withBody}\n${HEADER}`).text.split("\n"), [MASK, MASK]);
  // Words only after 4096 characters of the marker's line: not read, so a block (fail closed).
  for (const pad of [4000, 4085, 4086, 4090, 4200]) {
    const far = `${BEGIN}${"=".repeat(pad)} the key was`;
    const out = scrubber.scrub(`${far}\n${BODY}`).text.split("\n");
    // Three words of two letters or more: `the key wa` is the least that counts.
    const prose = pad + " the key wa".length <= 4096;
    deepStrictEqual(out, prose ? [far, BODY] : [MASK, MASK], `${pad}`);
  }
});
