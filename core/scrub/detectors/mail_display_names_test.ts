/**
 * A mail header's display name before its address (all PII: a person's name wherever a sender's
 * or recipient's is printed), in several scripts, quoted or not, `Last, First` or `First Last`:
 * generated names are masked; a header with no display name, or a count, stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(9021);
const pick = <T>(a: readonly T[]) => a[Math.floor(random() * a.length)];
const SYLLABLES = ["ka", "lo", "ve", "mir", "dan", "ös", "tü", "ren", "bi", "ğa", "sel", "ño"];
const word = () => {
  const w = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
  return w[0].toUpperCase() + w.slice(1);
};
const NAMES = [
  () => `${word()} ${word()}`,
  () => `"${word()}, ${word()}"`,
  () => `"${word()} ${word()}-${word()}"`,
  () => pick(["王秀英", "Наталья Смирнова", "Γιώργος Παπαδόπουλος"]),
];
const HEADERS = ["From: ", "Reply-To: ", "smtpd: header From: ", "To: ", "Cc: "];

Deno.test("a display name before a mail address in a header is masked", () => {
  const leaks: string[] = [];
  for (const header of HEADERS) {
    for (const name of NAMES) {
      const n = name();
      const out = scrubber.scrub(`${header}${n} <someone@example.com>`).text;
      if (n.replaceAll('"', "").split(/[ ,-]+/).some((w) => out.includes(w))) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("headers with no display name, and counts before an address, stay", () => {
  const lines = ["From: <noreply>", "to: 3 recipients <list>", "From: mailer-daemon"];
  deepStrictEqual(lines.map((line) => scrubber.scrub(line).text), lines);
});
