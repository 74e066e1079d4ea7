/**
 * The gate of `email-address-international` (a character past ASCII on the line) is a necessary
 * condition: with it, the detector finds exactly what it finds without it, on its examples,
 * every corpus line and its decoded view, the shared dev set and generated lines; and it spares
 * ASCII lines, where the search by code points would read every position for nothing.
 */
import { deepStrictEqual, ok } from "@node/assert";
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./email_international.ts";
import { examplesOf } from "./examples/mod.ts";
import {
  corpusTexts,
  DEV_SET,
  hasDevSet,
  jsonlTexts,
  linesWithViews,
} from "../corpus/corpus_texts.ts";

const EMAIL = detectors.find((d) => d.id === "email-address-international")!;
const { gate: _gate, ...UNGATED } = EMAIL;

const found = (detector: Detector, line: string) =>
  matchDetector(detector, line).map((s) => `${s.start}-${s.end}`);

/** Whether the gated detector agrees with the ungated one on `line`; true when it finds some. */
function agrees(line: string): boolean {
  const ungated = found(UNGATED, line);
  deepStrictEqual(found(EMAIL, line), ungated, JSON.stringify(line.slice(0, 120)));
  if (ungated.length > 0) ok(EMAIL.gate!(line), JSON.stringify(line.slice(0, 120)));
  return ungated.length > 0;
}

Deno.test("the international e-mail gate: the same findings on the examples, corpora and dev set", () => {
  const { positive, negative } = examplesOf(EMAIL);
  const lines = [...positive.map((p) => p.text), ...negative].flatMap((t) => t.split("\n"));
  lines.push(...linesWithViews([...corpusTexts(), ...(hasDevSet ? jsonlTexts(DEV_SET) : [])]));
  ok(lines.filter(agrees).length >= positive.length, "the comparison holds findings");
});

Deno.test("the international e-mail gate: the same findings on generated lines", () => {
  const addresses = ["jürgen@müller.de", "用户@例子.广告", "δοκιμή@παράδειγμα.δοκιμή", "a😀b@x.de"];
  const ascii = ["ops@example.com", "a.b+c@mail.example.org", "@here", "x@y"];
  let hits = 0;
  for (const address of addresses) {
    for (const other of ascii) {
      for (const pad of ["", " ", "y ".repeat(3000)]) {
        for (const line of [`${pad}${other} ${address}`, `${address}${pad}${other}`]) {
          if (agrees(line)) hits++;
        }
      }
    }
  }
  ok(hits >= addresses.length * ascii.length);
});

Deno.test("the international e-mail gate refuses ASCII lines, addresses on them included", () => {
  for (const line of ["mail ops@example.com sent", `${"y ".repeat(30000)}x@example.org`]) {
    ok(!EMAIL.gate!(line), line.slice(-40));
  }
  for (const line of ["mail jürgen@müller.de", "😀", "\u0080"]) ok(EMAIL.gate!(line), line);
});
