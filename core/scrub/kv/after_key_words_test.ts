/**
 * Provider detectors found after a key name read the line from the key/value reader's key word
 * ends (./after_key_words.ts) and must find exactly what their pattern finds: compared on every
 * line of the provider and syntax corpora, the detectors' own examples, and lines built around
 * each detector's sample in many operators and quotings; and which name sources can be read so.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { Detector } from "../detector.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { keyWordReadingOf } from "../detectors/provider_shapes.ts";
import { formatOf } from "../detectors/examples/sample_names.ts";
import { acceptCandidates, matchDetector } from "../match.ts";
import { namesEndInKeyWords, valuesAfterKeyWords } from "./after_key_words.ts";
import { examplesOf } from "../detectors/examples/mod.ts";

const corpus = new URL("../corpus/", import.meta.url);

async function corpusLines(file: string): Promise<string[]> {
  const text = await Deno.readTextFile(new URL(file, corpus));
  return text.split("\n").filter((l) => l !== "").flatMap((l) => JSON.parse(l).text.split("\n"));
}

const reading = DETECTORS.filter((d) =>
  formatOf(d)?.kind === "assigned" && keyWordReadingOf(d) !== undefined
);

/** What the detector's pattern alone finds (its `find` set aside). */
function byPattern(detector: Detector, line: string) {
  const { find: _, ...plain } = detector;
  return matchDetector(plain, line).map((s) => [s.start, s.end, s.detector.id]);
}

function byReading(detector: Detector, line: string) {
  return acceptCandidates(detector, line, keyWordReadingOf(detector)!(line))
    .map((s) => [s.start, s.end, s.detector.id]);
}

Deno.test("most provider detectors found after key names read from the key word ends", () => {
  const assigned = DETECTORS.filter((d) => formatOf(d)?.kind === "assigned");
  ok(reading.length >= 50 && reading.length >= assigned.length - 10, `${reading.length}`);
  for (const id of ["ibm-cloud-api-key", "aws-secret-access-key", "datadog-api-key"]) {
    ok(reading.some((d) => d.id === id), id);
  }
});

Deno.test("reading from key word ends finds what each detector's pattern finds", async () => {
  const lines = [
    ...await corpusLines("providers.jsonl"),
    ...await corpusLines("syntax.jsonl"),
    ...await corpusLines("benign.jsonl"),
  ];
  const operators = ["=", ": ", " = ", ":=", " => ", "=>", " ", '":"', "': '", '" : "', '\\":\\"'];
  for (const d of reading) {
    const format = formatOf(d)!;
    const own = [...examplesOf(d).positive.map((p) => p.text), ...examplesOf(d).negative];
    const sample = examplesOf(d).positive[0].secret;
    const name = format.kind === "assigned" ? format.name : "";
    const built = operators.flatMap((op) => [
      `${name}${op}${sample}`,
      `x ${name.toLowerCase()}${op}${sample}, ${name}${op}${sample}x ${name}${op}${sample}`,
      `"${name}${op}${sample}"`,
      `${name}${op}${sample}${op}${name}${op}${sample}`,
      `${name}_x${op}${sample} ${name}.${op}${sample} a${name}${op}${sample}`,
      // A value that ends in a key word, with a value after it: the reading goes on after the
      // first value, as the pattern's search does, whether or not the first is accepted.
      `${name}${op}${sample.slice(0, -4)}-key${op}${sample}`,
      `${name}${op}${sample.slice(0, -6)}_token${op}${sample}`,
      `${name}${op}${"x".repeat(sample.length - 6)}_token${op}${sample}`,
    ]);
    for (const line of [...own, ...built, ...lines]) {
      deepStrictEqual(byReading(d, line), byPattern(d, line), `${d.id}: ${line}`);
    }
  }
});

Deno.test("a name source is read from key word ends only when every name ends in a key word", () => {
  const yes = [
    "(?:dd|datadog)[_-]?api[_-]?key",
    "(?:(?:ibm|cloud|iam)[a-z_-]{0,16}?)?(?:api[_-]?)?(?:key|pwd|pw|pass(?:word)?|token)",
    "slack[_-]?(?:app[_-]?)?(?:signing|client)[_-]?secret",
    ":_authtoken|npmauthtoken",
    "alibaba[a-z_-]{0,20}?secret(?:[_-]?key)?",
  ];
  const no = [
    "private[_-]?key[_-]?id",
    "asana[a-z_-]{0,20}?(?:token|pat|key)",
    "(?:sentry[_-]?)?dsn",
    "api[_-]?ke(?:y)?",
    "[a-z]{0,20}key[a-z]*",
    "(?=x)key",
    "(?:key",
  ];
  for (const names of yes) strictEqual(namesEndInKeyWords(names), true, names);
  for (const names of no) strictEqual(namesEndInKeyWords(names), false, names);
});

Deno.test("valuesAfterKeyWords reads a value under every flag of its pattern", () => {
  const nameAtEnd = /(?<![A-Za-z0-9])(?:api_key)$/;
  const line = "x=1 api_key=ABC1234 y=2";
  const start = line.indexOf("ABC");
  deepStrictEqual(valuesAfterKeyWords(line, nameAtEnd, /=(?<secret>abc\d{4})/ydi), [
    { start, end: start + 7 },
  ]);
  deepStrictEqual(valuesAfterKeyWords(line, nameAtEnd, /=(?<secret>abc\d{4})/yd), []);
});
