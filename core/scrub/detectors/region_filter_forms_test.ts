/**
 * The line filters of keyword-free detectors are written for V8's search of a whole region (a
 * counted repeat written out, a lookahead instead of a long literal alternative: see each
 * detector). Each must find its first match on a line exactly where the form it replaced does, so
 * that the region's search wakes the detector on the same lines (and a piece of a line, tested
 * alone, the same way): checked on seeded random lines built from the characters each form
 * reads, with the shapes it looks for planted in them.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import type { Detector } from "../detector.ts";
import { DETECTORS } from "./mod.ts";
import { VALUE_CAP } from "../kv/assignments.ts";

const byId = (id: string): Detector => DETECTORS.find((d) => d.id === id)!;

/** Where `pattern` first matches in `line` (-1: nowhere), as a region's search finds it. */
function firstMatch(pattern: RegExp, line: string): number {
  const re = new RegExp(pattern.source, pattern.flags.replace(/[gmy]/g, "") + "gm");
  return re.exec(line)?.index ?? -1;
}

/** A line of `count` pieces drawn from `pieces` by `random`. */
function line(random: () => number, pieces: readonly string[], count: number): string {
  let text = "";
  for (let k = 0; k < count; k++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

/** `n` characters drawn from `alphabet`. */
const drawn = (random: () => number, alphabet: string, n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

/** Checks `id`'s filter against `former` on `lines`; returns how many lines either matched. */
function sameLines(id: string, former: RegExp, lines: readonly string[]): number {
  const filter = byId(id).prefilter?.filter;
  if (filter === undefined) throw new Error(`${id} has no filter`);
  let matched = 0;
  for (const text of lines) {
    const at = firstMatch(former, text);
    strictEqual(firstMatch(filter, text), at, `${id}: ${JSON.stringify(text.slice(0, 200))}`);
    if (at !== -1) matched++;
  }
  return matched;
}

Deno.test("url-credentials' filter finds its first match where `…|jdbc:oracle:` did", () => {
  // The same filter with the literal alternative it replaced (its user-info part as it is today).
  const filter = byId("url-credentials").prefilter!.filter!;
  const source = filter.source.replace("|j(?=dbc:oracle:)", "|jdbc:oracle:");
  strictEqual(source === filter.source, false, "the filter has no j(?=dbc:oracle:) alternative");
  const former = new RegExp(source, filter.flags);
  const random = seededRandom(4101);
  const pieces = [
    "://",
    "jdbc:oracle:",
    "jdbc:oracl",
    "jdbc",
    "j",
    "dbc:oracle:",
    ":",
    "/",
    "@",
    "app",
    ":s3cr3t",
    " ",
    '"',
    "thin:",
    "scott/tiger",
    "https",
    "db.internal:5432",
  ];
  const lines = Array.from({ length: 4000 }, () => line(random, pieces, 1 + random() * 14));
  // User-info running past the cap (a cut): only the long-run alternative matches.
  lines.push(`x postgres://${"u".repeat(VALUE_CAP + 1)}`, `x postgres://${"u".repeat(VALUE_CAP)}`);
  const matched = sameLines("url-credentials", former, lines);
  strictEqual(matched > 1000 && matched < lines.length - 100, true, `${matched} lines matched`);
});

Deno.test("discord-bot-token's filter finds its first match where `{23,25}` did", () => {
  const random = seededRandom(4103);
  const URL_SAFE = "ABCMNOabmno0129_-";
  const token = () =>
    drawn(random, "MNOa_", 1 + random() * 3) + drawn(random, URL_SAFE, 21 + random() * 6) + "." +
    drawn(random, URL_SAFE, 5 + random() * 3) + "." + drawn(random, URL_SAFE, 25 + random() * 4);
  const pieces = [" ", ".", "M", "N", "O", "x", "_", "-", "9", "user=", token(), token(), token()];
  const lines = Array.from({ length: 4000 }, () => {
    pieces[10 + Math.floor(random() * 3)] = token();
    return line(random, pieces, 1 + random() * 10);
  });
  const matched = sameLines(
    "discord-bot-token",
    /(?<![A-Za-z0-9_]{3})[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27}/,
    lines,
  );
  strictEqual(matched > 300 && matched < lines.length - 300, true, `${matched} lines matched`);
});
