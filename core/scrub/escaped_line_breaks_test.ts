/**
 * A value glued after a JSON string's escaped line break or tab (`"from\n10.0.0.7"`,
 * `"keys:\nghp_…"`) is read where it starts, as the line's decoded view shows it
 * (./decoded_view.ts WRAPPING_MARKERS; the prefilter's word starts, ./prefilter/keyword_index.ts):
 * the escape's letter is no part of the value. Every detector's own examples, written so, are
 * masked as they are after a blank; before, 270 of them leaked (a token's lead, an address's
 * boundary and a keyword's word start all read the `n` or `t` as a letter before the value).
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { DETECTORS } from "./detectors/mod.ts";
import { examplesOf } from "./detectors/examples/mod.ts";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";
import { seededRandom } from "./corpus/token_generator.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(7) });
const scrub = (text: string) => scrubber.scrub(text).text;

Deno.test("escaped line breaks: every detector's examples glued after \\n or \\t are masked", () => {
  const leaked: string[] = [];
  let read = 0;
  for (const detector of DETECTORS) {
    for (const example of examplesOf(detector).positive) {
      // Examples a JSON string would write escaped (quotes, backslashes, breaks) are left out.
      if (/["\\\n\r\t]/.test(example.text) || example.secret.length < 6) continue;
      // Only what is masked after a blank is asked of the escaped break.
      if (scrub(`{"msg":"seen ${example.text} ok"}`).includes(example.secret)) continue;
      for (const escape of ["\\n", "\\t"]) {
        read++;
        const out = scrub(`{"msg":"seen${escape}${example.text} ok"}`);
        if (out.includes(example.secret)) leaked.push(`${detector.id}: ${out}`);
      }
    }
  }
  ok(read > 2000, `only ${read} examples read`);
  deepStrictEqual(leaked, []);
});

Deno.test("escaped line breaks: addresses and cards of our own after \\n in a message", () => {
  const random = seededRandom(0x5eed);
  const digit = () => Math.floor(random() * 10);
  const octet = () => `${1 + digit()}${digit()}`;
  for (let i = 0; i < 50; i++) {
    const ip = `10.${octet()}.${octet()}.${octet()}`;
    // A Visa number with its Luhn check digit (every second digit from the right doubled).
    const body = [4, ...Array.from({ length: 14 }, digit)];
    const sum = body.reduce(
      (s, d, k) => s + ((k % 2 === 0) ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d),
      0,
    );
    const card = `${body.join("")}${(10 - (sum % 10)) % 10}`;
    const out = scrub(`{"level":"warn","msg":"peer\\n${ip} refused\\ncard\\t${card} declined"}`);
    ok(!out.includes(ip) && !out.includes(card), out);
    ok(out.startsWith('{"level":"warn","msg":"peer\\n'), out);
  }
});

Deno.test("escaped line breaks: a line with breaks and nothing to mask is kept", () => {
  for (
    const line of [
      '{"msg":"retrying\\n  at Worker.run (worker.js:42:13)\\n\\tat next (queue.js:7:2)"}',
      String.raw`copied C:\temp\new_build\node.exe to C:\tools\nightly`,
      '{"msg":"rows:\\n1200 inserted\\n87 updated\\tin 0.42 s"}',
    ]
  ) strictEqual(scrub(line), line);
});
