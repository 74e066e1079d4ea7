/**
 * The engine at edges its shortcuts take: a one-character line of a key body is masked whole in
 * a line stream and nothing of it is copied; a text stream gives back exactly its input's lines;
 * one character before a BEGIN marker is still scrubbed; an allowlisted value is left as it is
 * when an escape hid it (decoded view) or it continues a value opened on the line above; and a
 * profile of the run names the scan, each detector that ran and the decoded views, each time a
 * duration within the call's.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber, type DetectorTimes } from "./mod.ts";

const BEGIN = "-----BEGIN RSA PRIVATE KEY-----";
const END = "-----END RSA PRIVATE KEY-----";
const MASK = "[REDACTED:private-key-block]";

Deno.test("engine edges: every line of a key streamed line by line is masked whole, one character long or more", () => {
  for (const body of ["A", "=", "MIIEowIBAAKCAQEAx", "Zw=="]) {
    const lines = createScrubber().stream();
    const out = [
      ...lines.push(BEGIN),
      ...lines.push(body),
      ...lines.push("A"),
      ...lines.push(END),
      ...lines.end(),
    ];
    deepStrictEqual(out, [MASK, MASK, MASK, MASK], body);
  }
});

Deno.test("engine edges: a text stream gives back each line once, whatever the writes", () => {
  const input = "a\nb key=1\nc\n" + BEGIN + "\nA\n" + END + "\nlast";
  for (const size of [1, 2, 3, 7, input.length]) {
    const chunks = createScrubber().textStream();
    let out = "";
    for (let i = 0; i < input.length; i += size) out += chunks.write(input.slice(i, i + size));
    out += chunks.end();
    strictEqual(out, `a\nb key=1\nc\n${MASK}\n${MASK}\n${MASK}\nlast`, `writes of ${size}`);
  }
});

Deno.test("engine edges: one character before a BEGIN marker is scrubbed like any text", () => {
  const s = createScrubber({ customPatterns: [{ id: "digit", kind: "secret", pattern: "[0-9]" }] });
  strictEqual(
    s.scrub(`7${BEGIN}\nMIIE\n${END}`).text,
    `[REDACTED:digit]${MASK}\n${MASK}\n${MASK}`,
  );
  strictEqual(s.scrub(`x${BEGIN}\nMIIE\n${END}`).text, `x${MASK}\n${MASK}\n${MASK}`);
});

Deno.test("engine edges: an allowlisted value hidden by an escape is left as it is, the others masked", () => {
  const s = createScrubber({ allowlist: ["build-bot@example.com"] });
  strictEqual(
    s.scrub('{"to":"build-bot\\u0040example.com","cc":"ann\\u0040example.org"}').text,
    '{"to":"build-bot\\u0040example.com","cc":"[REDACTED:email-address]"}',
  );
});

Deno.test("engine edges: an allowlisted line of a value opened above is left as it is, the others masked", () => {
  const s = createScrubber({ allowlist: ["hunter2-allowed-value"] });
  strictEqual(
    s.scrub("password: |\n  hunter2-allowed-value\n  other-secret-value\nnext: 1").text,
    "password: |\n  hunter2-allowed-value\n  [REDACTED:password-assignment]\nnext: 1",
  );
});

Deno.test("engine edges: a profile names the scan, the detectors that ran and the decoded views", () => {
  const times: DetectorTimes = new Map();
  const s = createScrubber(undefined, { times });
  const started = performance.now();
  const out = s.scrub('x {"a":"b\\u0040c.io"} ghp_' + "a1B2".repeat(9) + " \u001b[31mred").text;
  const elapsed = performance.now() - started;
  ok(out.includes("[REDACTED:email-address]"), out);
  for (const label of ["(keyword and shape scan)", "(decoded views)", "github-pat"]) {
    ok(times.has(label), `${label} not in the profile: ${[...times.keys()]}`);
  }
  for (const [label, ms] of times) ok(ms >= 0 && ms <= elapsed, `${label}: ${ms} ms of ${elapsed}`);
});
