/**
 * Stand-in runs under generated values: ascending walks through digits, lower-case and
 * upper-case letters (each class's successor, 9 to 0, a class's last character or 0 to the first
 * of another, or to 1), at exactly the minimum length and longer, behind up to four other
 * characters; a walk with one step broken is no stand-in; the random part is the last run of
 * ASCII letters and digits, whatever symbol bounds it.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { hasSequentialRandomPart, isSequential, randomPart } from "./stand_ins.ts";

const random = seededRandom(0x5e9);
const CLASSES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const classOf = (c: string) => CLASSES.find((k) => k.includes(c))!;

/** The characters that may follow `c` in an ascending run. */
function successors(c: string): string[] {
  const own = classOf(c);
  const at = own.indexOf(c);
  const out: string[] = [];
  if (at + 1 < own.length) out.push(own[at + 1]);
  if (c === "9") out.push("0");
  if (at === own.length - 1 || c === "0") {
    for (const other of CLASSES) {
      if (other === own) continue;
      out.push(other[0]);
      if (other === CLASSES[0]) out.push("1");
    }
  }
  return out;
}

function walk(length: number): string {
  let s = random.pick(CLASSES.join("").split(""));
  while (s.length < length) s += random.pick(successors(s.at(-1)!));
  return s;
}

/** Walks that go through every kind of step. */
const EDGE_WALKS = [
  "789012345", // 9 to 0
  "wxyz0123", // last letter to 0
  "wxyz1234", // last letter to 1
  "WXYZ0123",
  "WXYZ1234",
  "uvwxyzAB", // to the other letters
  "UVWXYZab",
  "0abcdefg", // 0 to the first letter
  "0ABCDEFG",
  "890abcde", // 9 to 0, then 0 to a
];

Deno.test("ascending walks of 8 or more are sequential, of 7 not; a broken step is not", () => {
  for (const w of EDGE_WALKS) ok(isSequential(w), w);
  for (let k = 0; k < 500; k++) {
    const length = 6 + random.int(10);
    const w = walk(length);
    strictEqual(isSequential(w), length >= 8, w);
    // one step broken: a character that cannot follow the one before it
    const at = 1 + random.int(length - 1);
    const allowed = successors(w[at - 1]);
    const wrong = random.pick(
      CLASSES.join("").split("").filter((c) => !allowed.includes(c)),
    );
    ok(!isSequential(w.slice(0, at) + wrong + w.slice(at + 1)), `${w} broken at ${at}`);
  }
  for (const w of ["XYZABCDE", "xyzabcde", "abcdefgh-", "abc-defgh", "zyxwvuts", "aabcdefg"]) {
    ok(!isSequential(w), w);
  }
});

Deno.test("a sequential run behind up to four other characters marks a stand-in, behind five not", () => {
  for (let k = 0; k < 300; k++) {
    const w = walk(8 + random.int(4));
    const skip = random.int(7);
    // characters none of which the walk's first character may follow
    const pool = ["q", "Q", "7", "k"].filter((c) => !successors(c).includes(w[0])).join("");
    const lead = random.chars(skip, pool);
    const value = `tok_${lead}${w}`;
    const wanted = skip <= 4;
    strictEqual(hasSequentialRandomPart(value), wanted, value);
  }
  ok(!hasSequentialRandomPart("tok_abcdefg"), "7 is too short");
  ok(!hasSequentialRandomPart("abcdefgh_x"), "the random part is the last run");
  ok(hasSequentialRandomPart("x_abcdefgh"));
});

Deno.test("the random part is the last run of ASCII letters and digits, bounded by any other character", () => {
  const run = () => random.chars(1 + random.int(8), CLASSES.join(""));
  for (const bound of ["/", ":", "@", "[", "`", "{", "-", "_", ".", " ", "é", "\u0663"]) {
    for (let k = 0; k < 10; k++) {
      const last = run();
      strictEqual(randomPart(`${run()}${bound}${last}`), last, `${bound} ${last}`);
      strictEqual(randomPart(`${run()}${bound}${last}${bound}${bound}`), last, `${bound} ${last}`);
      strictEqual(randomPart(`${last}${bound}`), last);
    }
  }
  for (const edge of ["0", "9", "A", "Z", "a", "z"]) {
    strictEqual(randomPart(`x-${edge}${edge}`), `${edge}${edge}`);
    strictEqual(randomPart(`${edge}`), edge);
  }
  strictEqual(randomPart(""), "");
  strictEqual(randomPart("--"), "");
});
