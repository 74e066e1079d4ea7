/**
 * person-name's keywords are the ways its pattern's keys may be written (./phrase_keywords.ts),
 * and person-name-generic-key's filter is its pattern's bare `name` key, not the word "name":
 * every key the patterns read still makes a line a candidate, and benign keys that merely hold
 * "name" (`key_name`, `service_name`) no longer do.
 */
import { deepEqual, ok } from "@node/assert";
import { decodedView, HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import type { Detector } from "../detector.ts";
import { BLOCK_DETECTORS, DETECTORS } from "../detectors/mod.ts";
import { FULL_NAME_KEYS, NAME_PART_KEYS } from "../detectors/pii_personal_details.ts";
import { matchDetector } from "../match.ts";
import { LinePrefilter } from "./mod.ts";
import { mustRun } from "./naive.ts";
import { phraseForms, phraseKeywords } from "./phrase_keywords.ts";

const personName = DETECTORS.find((d) => d.id === "person-name") as Detector;
const genericKey = DETECTORS.find((d) => d.id === "person-name-generic-key") as Detector;
const prefilter = new LinePrefilter({
  detectors: DETECTORS,
  blocks: BLOCK_DETECTORS,
  unsearched: new Set(),
  escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
});

/** Whether the prefilter's scan lets `detector` (person-name unless named) run on `line`. */
function scanKeeps(line: string, detector = personName): boolean {
  return prefilter.lines(line, 0, line.length).upTo(line.length).some((t) =>
    t.type === "detector" && t.detector === detector
  );
}

/**
 * Each key written with every character a space might become (more than the pattern takes: the
 * pattern decides which are keys), in three cases, so the keywords are checked against the
 * pattern rather than against the rule they were built by.
 */
function keyWritings(phrase: string): string[] {
  const joins = [" ", "_", ".", "-", "", ":", "/", "__"];
  let forms = [""];
  for (const c of phrase) {
    const options = c === " " ? joins : c === "'" ? ["'", "", "’"] : [c];
    forms = forms.flatMap((f) => options.map((o) => f + o));
  }
  return forms.flatMap((f) => [f, f.toUpperCase(), f[0].toUpperCase() + f.slice(1)]);
}

const SYNTAXES = [
  (key: string) => `{"${key}": "Maria Lopez", "plan": "pro"}`,
  (key: string) => `level=info ${key}=Maria status=ok`,
  (key: string) => `${key}: Maria Lopez`,
];

Deno.test("person-name: every key its pattern reads, in every writing, makes a line a candidate", () => {
  const problems: string[] = [];
  let matched = 0;
  for (const phrase of [...FULL_NAME_KEYS, ...NAME_PART_KEYS]) {
    for (const key of keyWritings(phrase)) {
      for (const syntax of SYNTAXES) {
        const line = syntax(key);
        if (matchDetector(personName, line).length === 0) continue;
        matched++;
        if (!mustRun(personName, line)) problems.push(`keywords miss ${JSON.stringify(line)}`);
        if (!scanKeeps(line)) problems.push(`scan misses ${JSON.stringify(line)}`);
      }
    }
  }
  ok(problems.length === 0, problems.slice(0, 20).join("\n"));
  // Each phrase matched in its plain, snake_case and upper-case writings at least.
  ok(matched >= (FULL_NAME_KEYS.length + NAME_PART_KEYS.length) * 3, `only ${matched} matched`);
});

Deno.test("person-name: keys that hold 'name' but name no person are not candidates", () => {
  for (
    const line of [
      `{"key_name": "Primary Key", "service_name": "Checkout Api"}`,
      `hostname=Web Server filename=Report Final username=Admin User`,
      `{"name": "Orders Queue", "secret_name": "Stripe Live"}`,
    ]
  ) {
    ok(!mustRun(personName, line), line);
    ok(!scanKeeps(line), line);
    ok(decodedView(line) === null, line);
  }
});

Deno.test("phraseKeywords: each form of each phrase holds a keyword, and no keyword holds another", () => {
  const phrases = ["full name", "o'brien name", "customer", "customer name"];
  const keywords = phraseKeywords(phrases);
  for (const form of phrases.flatMap(phraseForms)) {
    ok(keywords.some((k) => form.includes(k)), form);
  }
  for (const k of keywords) ok(!keywords.some((j) => j !== k && k.includes(j)), k);
  deepEqual(phraseForms("a b").sort(), ["a b", "a-b", "a.b", "a_b", "ab"]);
  deepEqual(phraseForms("O'X").sort(), ["o'x", "ox"]);
});

Deno.test("person-name-generic-key: every bare name key its pattern reads makes a line a candidate", () => {
  const problems: string[] = [];
  let matched = 0;
  const befores = ["", " ", "{", '"', "'", ",", "&", "?", "(", "[", "\t", "_", ".", "-", "x", "é"];
  const afters = ["", '"', "'", '""', " "];
  const joins = [":", "=", " : ", " =  ", "  :", ': "', "='", ":   "];
  for (const before of befores) {
    for (const after of afters) {
      for (const join of joins) {
        for (const pad of ["", "level=info "]) {
          const line = `${pad}customer ${before}name${after}${join}Maria Lopez`;
          if (matchDetector(genericKey, line).length === 0) continue;
          matched++;
          if (!mustRun(genericKey, line)) problems.push(`filter misses ${JSON.stringify(line)}`);
          if (!scanKeeps(line, genericKey)) problems.push(`scan misses ${JSON.stringify(line)}`);
        }
      }
    }
  }
  ok(problems.length === 0, problems.slice(0, 20).join("\n"));
  ok(matched > 300, `only ${matched} matched`);
  for (const line of [`{"key_name": "Primary Key"}`, `service_name=Checkout Api hostname=Web`]) {
    ok(!mustRun(genericKey, line), line);
    ok(!scanKeeps(line, genericKey), line);
  }
});
