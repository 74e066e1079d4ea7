/**
 * A decoded view whose escapes are all JSON line breaks and tabs (DecodedView.breaks) is scanned
 * only near them (LinePrefilter.inView, nearBreaks): it gets every detector a scan of the whole
 * view gives it, the line's own targets being those of the escaped line.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { DETECTORS } from "../detectors/mod.ts";
import { parsePolicy } from "../policy.ts";
import { compileRules } from "../rules.ts";
import { corpusTexts } from "../corpus/corpus_texts.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { decodedView } from "../decoded_view.ts";
import { BLANKED_KEYWORD_REACH, nearBreaks } from "./mod.ts";

const prefilter = compileRules(parsePolicy(undefined), DETECTORS, []).prefilter;
const ids = (found: readonly { id: string }[]) => found.map((d) => d.id).sort();

/** `text` with some of its blanks written as escaped line breaks or tabs. */
function escaped(text: string, random: () => number): string {
  return text.replace(/ /g, (blank) => random() < 0.3 ? (random() < 0.5 ? "\\n" : "\\t") : blank);
}

function viewDetectors(line: string, breaks: boolean): string[] {
  const view = decodedView(line);
  if (view === null || !view.breaks) throw new Error(`no view of breaks: ${line}`);
  const own = prefilter.inFragment(line);
  return ids(prefilter.inView(view.text, own, breaks ? view.edits : undefined));
}

Deno.test("near breaks: a view of breaks and tabs gets every detector a scan of all of it gives", () => {
  const random = seededRandom(0xb7ea);
  // Texts with nothing a view decodes, on one line, some blanks then escaped.
  const lines = corpusTexts().filter((t) => !t.includes("\n") && decodedView(t) === null)
    .map((t) => escaped(t, random)).filter((t) => /\\[nt]/.test(t));
  ok(lines.length > 5000, `only ${lines.length} lines`);
  for (const line of lines) {
    const near = new Set(viewDetectors(line, true));
    deepStrictEqual(viewDetectors(line, false).filter((id) => !near.has(id)), [], line);
  }
});

Deno.test("near breaks: a word-bounded keyword whose blank is the escape wakes its detector", () => {
  const lines: [string, string][] = [
    [`{"sql":"SET PASSWORD\\tFOR 'app'@'localhost' = 'S3cretPw9'"}`, "cli-password-flag"],
    ['{"cmd":"7z\\ta -pS3cr3tArch1ve x.7z"}', "cli-password-flag"],
    ['{"msg":"hi\\nJohn Smith"}', "person-name-in-prose"],
  ];
  for (const [line, id] of lines) {
    ok(viewDetectors(line, true).includes(id), `${id} not woken: ${line}`);
    const own = prefilter.inFragment(line).map((t) => t.type === "detector" ? t.detector.id : "");
    ok(!own.includes(id), `${id} woken by the escaped line itself`);
  }
});

Deno.test("near breaks: no word-bounded keyword holding a blank reaches past BLANKED_KEYWORD_REACH", () => {
  const longer: string[] = [];
  let blanked = 0;
  for (const { prefilter } of DETECTORS) {
    if (prefilter?.keywords === undefined) continue;
    const { wholeWords, atWordStart = [], atWordEnd = [] } = prefilter;
    for (const word of prefilter.keywords) {
      const bounded = wholeWords || atWordStart.includes(word) || atWordEnd.includes(word);
      if (!bounded || !/\s/.test(word)) continue;
      blanked++;
      if (word.length > BLANKED_KEYWORD_REACH) longer.push(word);
    }
  }
  ok(blanked > 10, `only ${blanked} keywords with a blank`);
  deepStrictEqual(longer, []);
});

Deno.test("near breaks: the text around each escape, overlapping pieces joined, each on its line", () => {
  const r = BLANKED_KEYWORD_REACH;
  const text = "a".repeat(100) + " " + "b".repeat(10) + " " + "c".repeat(100);
  const view = decodedView("a".repeat(100) + "\\n" + "b".repeat(10) + "\\t" + "c".repeat(100))!;
  deepStrictEqual(view.text, text);
  deepStrictEqual(nearBreaks(text, view.edits), "\n" + text.slice(100 - r, 111 + r));
  const far = "x".repeat(10) + " " + "y".repeat(3 * r) + " z";
  deepStrictEqual(
    nearBreaks(far, decodedView(far.replace(/ /g, "\\n"))!.edits),
    far.slice(0, 10 + r) + "\n" + far.slice(11 + 3 * r - r),
  );
});

Deno.test("near breaks: a view with any other escape is no view of breaks", () => {
  for (const line of ['a\\"b\\nc', "a\\nb\\u0041", "a\\rb\\nc", "a\\\\nb", "a%40b\\tc"]) {
    ok(decodedView(line)?.breaks === false, line);
  }
  ok(decodedView("a\\nb\\tc")?.breaks === true);
});
