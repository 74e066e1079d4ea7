/**
 * A line that holds many private keys, each ending on it (a JSON log whose messages carry keys
 * with escaped line breaks, joined into one long line): each key is masked, and the text between
 * them is scrubbed as a line of its own, as it is when logged alone.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber({}, { pseudonymKey: new Uint8Array(32).fill(3) });

const key = (label: string, body: string) =>
  `-----BEGIN ${label}-----\\n${body}\\n${body.slice(0, 40)}=\\n-----END ${label}-----`;
const BODY = "MIIEowIBAAKCAQEAx1y2Qm9vUSWQf5xK7cA3bE0zL1Ndr8PqvT6sJ2hYgU4mWkNe";

/** Text between keys: findings of several kinds, a begin marker quoted in prose, nothing. */
const between = [
  '{"msg":"loaded key from env:\\n',
  'ok"} {"user":"jane.doe@example.com","aws":"AKIAIOSFODNN7EXAMPLE","note":"',
  " token=ghp_SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr phone +1 415 555 2671 ",
  ' a "-----BEGIN CERTIFICATE-----" header in prose, card 4111 1111 1111 1111 ',
  "",
  " plain text with nothing to mask ".repeat(40),
];

Deno.test("many keys ending on one long line: each masked, the text between scrubbed alone", () => {
  const parts: string[] = [];
  const expected: string[] = [];
  for (let i = 0; i < 24; i++) {
    const text = between[i % between.length];
    const label = i % 3 === 0 ? "OPENSSH PRIVATE KEY" : "RSA PRIVATE KEY";
    parts.push(text, key(label, BODY.slice(i % 7) + BODY.slice(0, i % 7)));
    expected.push(scrubber.scrub(text).text, "[REDACTED:private-key-block]");
  }
  parts.push(between[2]);
  expected.push(scrubber.scrub(between[2]).text);
  const line = parts.join("");
  ok(line.length > 4096);
  const out = scrubber.scrub(`first line\n${line}\nlast line`).text;
  deepStrictEqual(out, `first line\n${expected.join("")}\nlast line`);
  // The texts between were not all left as they were: the comparison holds findings.
  ok(expected.filter((t) => t.includes("[REDACTED:")).length > 10);
});
