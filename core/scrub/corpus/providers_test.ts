/**
 * Property test of every provider detector: tokens generated from its declared format
 * (./token_generator.ts), written in every syntax of ./provider_cases.ts, are masked by the
 * whole scrubber; and a documentation stand-in of the same shape (its random part replaced by
 * one sequential run, or by EXAMPLE for a self-identifying token) is refused by the detector
 * and left as it is in prose.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { DETECTORS } from "../detectors/mod.ts";
import { formatOf } from "../detectors/examples/sample_names.ts";
import { randomPart } from "../detectors/stand_ins.ts";
import { matchDetector } from "../match.ts";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";
import { generateAccepted, providerCases } from "./provider_cases.ts";
import { seededRandom } from "./token_generator.ts";
import { CONTENT_CHECKED } from "../detectors/test_support.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(7) });

const { cases, ungeneratable } = providerCases(DETECTORS, 2);

Deno.test("a value is generated from every provider detector's format but content-checked ones", () => {
  deepStrictEqual(ungeneratable.filter((id) => !CONTENT_CHECKED.has(id)), []);
  ok(cases.length > 1000, `only ${cases.length} cases`);
});

const bySyntax = Map.groupBy(cases, (c) => c.type);
for (const [syntax, group] of bySyntax) {
  Deno.test(`provider tokens written as ${syntax} are masked`, () => {
    const leaks: string[] = [];
    for (const c of group) {
      const out = scrubber.scrub(c.text).text;
      if (out.includes(c.secrets[0])) leaks.push(`${c.id}: ${c.text}`);
    }
    deepStrictEqual(leaks, []);
  });
}

/** One ascending run of `length` characters from the classes `like` uses. */
function sequentialLike(like: string, length: number): string {
  const alphabet = (/[0-9]/.test(like) ? "0123456789" : "") +
    (/[A-Z]/.test(like) ? "ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "") +
    (/[a-z]/.test(like) ? "abcdefghijklmnopqrstuvwxyz" : "");
  let out = "";
  while (out.length < length) out += alphabet;
  return out.slice(0, length);
}

Deno.test("documentation stand-ins of provider tokens are refused and stay in prose", () => {
  const wrong: string[] = [];
  let judged = 0;
  for (const detector of DETECTORS) {
    const format = formatOf(detector);
    if (format === undefined || CONTENT_CHECKED.has(detector.id)) continue;
    const token = generateAccepted(detector, format, seededRandom(11));
    if (token === undefined || token.contextual) continue;
    const part = randomPart(token.text);
    if (part.length < 8) continue;
    const head = token.text.slice(0, token.text.lastIndexOf(part));
    const tail = token.text.slice(token.text.lastIndexOf(part) + part.length);
    const standIns = [head + sequentialLike(part, part.length) + tail];
    if (format.kind === "token" && part.length >= 12) {
      standIns.push(head + part.slice(0, part.length - 7) + "EXAMPLE" + tail);
    }
    for (const standIn of standIns) {
      const line = format.kind === "assigned" ? `${format.name}=${standIn}` : standIn;
      // Only a stand-in the detector's pattern still matches says anything about its checks.
      const re = new RegExp(detector.pattern.source, detector.pattern.flags.replace("g", ""));
      if (!re.test(line)) continue;
      judged++;
      if (matchDetector(detector, line).length > 0) wrong.push(`${detector.id}: ${line}`);
      if (format.kind === "token") {
        const prose = `the setup guide shows ${standIn} as the format`;
        if (scrubber.scrub(prose).text !== prose) wrong.push(`scrubbed in prose: ${prose}`);
      }
    }
  }
  deepStrictEqual(wrong, []);
  ok(judged > 100, `only ${judged} stand-ins judged`);
});
