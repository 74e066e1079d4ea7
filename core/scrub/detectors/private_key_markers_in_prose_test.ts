/**
 * Private-key markers quoted in a sentence, both on one line with words or a placeholder between
 * them and no key body, are no key: the line comes out unchanged (issue 10's benign damage: "a
 * `-----BEGIN … KEY-----` marker quoted inside prose masks the rest of the line"). Failing closed
 * is kept: a key body between the markers, or a block that begins later on the line, is masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./private_keys.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const inline = detectors.find((d) => d.id === "private-key-inline")!;

const BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun";

Deno.test("markers quoted in a sentence on one line, with no key between them, leave it unchanged", () => {
  for (
    const line of [
      "hint: paste the whole block from -----BEGIN OPENSSH PRIVATE KEY----- to -----END OPENSSH PRIVATE KEY----- into the secret",
      "docs: a key file runs from -----BEGIN RSA PRIVATE KEY----- up to and including -----END RSA PRIVATE KEY-----, nothing else",
      'level=warn msg="found -----BEGIN EC PRIVATE KEY----- but no -----END EC PRIVATE KEY----- before EOF"',
      'level=error msg="invalid PEM: expected -----BEGIN PRIVATE KEY----- header" file=/etc/tls/api.key',
      "openssl: no -----BEGIN RSA PRIVATE KEY----- line, the file holds a certificate",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("private-key-inline: words between the markers are no key, a key body is", () => {
  const prose =
    "from -----BEGIN RSA PRIVATE KEY----- up to and including -----END RSA PRIVATE KEY-----";
  strictEqual(matchDetector(inline, prose).length, 0);
  const key = `-----BEGIN RSA PRIVATE KEY----- ${BODY} -----END RSA PRIVATE KEY-----`;
  strictEqual(matchDetector(inline, `key=${key} loaded`).length, 1);
});

Deno.test("a key body between markers on one line, or a block begun after a quoted pair, is masked", () => {
  const oneLine = scrub(
    `key=-----BEGIN RSA PRIVATE KEY-----\\n${BODY}\\n-----END RSA PRIVATE KEY----- loaded`,
  );
  ok(!oneLine.includes(BODY.slice(0, 20)), oneLine);
  // A quoted pair first, then a real block beginning on the same line: the block is masked.
  const quotedThenKey = scrub(
    [
      "expected -----BEGIN RSA PRIVATE KEY----- to -----END RSA PRIVATE KEY-----, got -----BEGIN RSA PRIVATE KEY-----",
      BODY,
      "-----END RSA PRIVATE KEY-----",
    ].join("\n"),
  );
  ok(!quotedThenKey.includes(BODY.slice(0, 20)), quotedThenKey);
  // A short key body written without line breaks still has a base64 run of a key line's length.
  const shortKey = scrub(
    "-----BEGIN PRIVATE KEY-----MC4CAQAwBQYDK2VwBCIEIKx9R0W6z8gH1mJ3Yt5Pq2Lw7Vn4Sd0Fc8Bb6Xa1Qe9T-----END PRIVATE KEY-----",
  );
  ok(!shortKey.includes("MC4CAQAwBQYDK2Vw"), shortKey);
});

Deno.test("a begin marker whose line ends or goes on as a logger's record still masks the key below", () => {
  for (
    const first of [
      "loading key -----BEGIN RSA PRIVATE KEY-----",
      '{"msg":"-----BEGIN RSA PRIVATE KEY-----","level":"info"}',
      "-----BEGIN RSA PRIVATE KEY----- Proc-Type: 4,ENCRYPTED",
    ]
  ) {
    const out = scrub([first, BODY, "-----END RSA PRIVATE KEY-----"].join("\n"));
    ok(!out.includes(BODY.slice(0, 20)), out);
  }
});
