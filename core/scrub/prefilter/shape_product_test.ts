/**
 * The product automaton of a group of shapes, on small groups built here: it finds on each line
 * what each shape alone finds there (a newline resets every shape), whatever the shapes' sizes and
 * count, up to 8 shapes (one bit each in a byte); and it refuses groups too large to build.
 */
import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { productOf, type ShapeGroup, type ShapeMoves } from "./shape_product.ts";
import type { LineShape } from "./types.ts";

const NEWLINE = 0x0a;
const CODES = 0x81;
/** The codes that have a class of their own here (every other code is class 0). */
const ALPHABET = "abcdefghx\n";

/** Classes: each character of ALPHABET its own (1, 2 …), every other code 0. */
function classesOf(alphabet: string): Uint8Array {
  const classes = new Uint8Array(CODES);
  [...alphabet].forEach((c, i) => (classes[c.charCodeAt(0)] = i + 1));
  return classes;
}

/**
 * A shape that completes when a line contains `word` (states: the characters of `word` seen so
 * far, the last one the hit): its moves over the classes of `alphabet`, as line_shapes.ts makes
 * them (a newline goes back to the start; a shape that has hit waits, -1).
 */
function substringShape(word: string, alphabet: string): ShapeMoves {
  const width = alphabet.length + 1;
  const states = word.length + 1;
  const classChar = (k: number) => (k === 0 ? "\0" : alphabet[k - 1]);
  const moves = new Int32Array(states * width);
  for (let s = 0; s < states; s++) {
    for (let k = 0; k < width; k++) {
      const c = classChar(k);
      if (c.charCodeAt(0) === NEWLINE) moves[s * width + k] = 0;
      else if (s === word.length) moves[s * width + k] = -1;
      else {
        // The longest prefix of word that ends the text seen so far plus c.
        const seen = word.slice(0, s) + c;
        let next = Math.min(seen.length, word.length);
        while (next > 0 && !seen.endsWith(word.slice(0, next))) next--;
        moves[s * width + k] = next;
      }
    }
  }
  return { states, moves, hits: [word.length] };
}

function groupOf(words: readonly string[], alphabet = ALPHABET): ShapeGroup {
  return {
    names: words.map((_, i) => `shape-${i}` as LineShape),
    classes: classesOf(alphabet),
    shapes: words.map((word) => substringShape(word, alphabet)),
  };
}

/** The shapes the product finds in `text`, as a bit mask (bit i: shape i), run as ShapeAutomaton runs it. */
function shapesIn(group: ShapeGroup, text: string): number {
  const { delta, hitBase, masks } = productOf(group);
  const width = Math.max(...group.classes) + 1;
  const firstHit = hitBase * width;
  let state = 0;
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    state = delta[state + group.classes[code < 0x80 ? code : 0x80]];
    if (state >= firstHit) found |= masks[state / width - hitBase];
  }
  return found;
}

/** What each shape alone finds: bit i set when a line of `text` contains words[i]. */
function expected(words: readonly string[], text: string): number {
  let found = 0;
  for (const line of text.split("\n")) {
    words.forEach((word, i) => {
      if (line.includes(word)) found |= 1 << i;
    });
  }
  return found;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function randomText(next: () => number, length: number): string {
  const chars = "aabbccx\n.";
  let text = "";
  for (let i = 0; i < length; i++) text += chars[Math.floor(next() * chars.length)];
  return text;
}

Deno.test("shape product: finds on each line what each shape alone finds, on random text", () => {
  const groups = [
    ["ab"],
    ["ab", "x"],
    ["abc", "x", "cab"],
    ["aab", "bb", "cx", "abca"],
    ["x", "abcab", "ca", "bbb", "ac"],
  ];
  const next = random(11);
  for (const words of groups) {
    const group = groupOf(words);
    for (let n = 0; n < 300; n++) {
      const text = randomText(next, 1 + Math.floor(next() * 40));
      strictEqual(
        shapesIn(group, text),
        expected(words, text),
        `${JSON.stringify(words)} in ${JSON.stringify(text)}`,
      );
    }
  }
});

Deno.test("shape product: a shape that has hit waits for the next line, then finds again", () => {
  const group = groupOf(["ab", "x"]);
  strictEqual(shapesIn(group, "ab"), 0b01);
  strictEqual(shapesIn(group, "xab"), 0b11);
  strictEqual(shapesIn(group, "a\nb"), 0);
  strictEqual(shapesIn(group, "ab\n\nx"), 0b11);
  strictEqual(shapesIn(group, "c\u00e9ab"), 0b01); // a code past ASCII is class 0x80's
  // The start state holds no hit; hit states come after every other.
  const { delta, hitBase, masks } = productOf(group);
  ok(hitBase > 0 && masks.length > 0 && masks.every((mask) => mask !== 0));
  strictEqual(delta.length / (ALPHABET.length + 1), hitBase + masks.length);
});

Deno.test("shape product: up to 8 shapes, one bit each; a ninth is refused", () => {
  const eight = ["a", "b", "c", "d", "e", "f", "g", "h"];
  const group = groupOf(eight);
  eight.forEach((word, i) => strictEqual(shapesIn(group, `x${word}x`), 1 << i, word));
  strictEqual(shapesIn(group, "hgfedcba"), 0xff);
  throws(() => productOf(groupOf([...eight, "x"])), /more than 8 shapes/);
});

/** A shape of `states` states that never hits (its moves all stay at the start). */
const idle = (states: number, width: number): ShapeMoves => ({
  states,
  moves: new Int32Array(states * width),
  hits: [],
});

Deno.test("shape product: a group of up to 2^20 state tuples is built, a larger one refused", () => {
  const classes = classesOf("a");
  const width = 2;
  // (31 + 1)^4 = 2^20 tuples, split in two parts of 2^10.
  const fits: ShapeGroup = {
    names: [],
    classes,
    shapes: [idle(31, width), idle(31, width), idle(31, width), idle(31, width)],
  };
  strictEqual(productOf(fits).hitBase, 1);
  const twice: ShapeGroup = { ...fits, shapes: [...fits.shapes, idle(1, width)] };
  throws(() => productOf(twice), /product automaton too large/);
  // One shape alone is one part: its tuples times the class count bound its table (2^20).
  const oneFits: ShapeGroup = { names: [], classes, shapes: [idle(2 ** 19 - 1, width)] };
  strictEqual(productOf(oneFits).hitBase, 1);
  const oneLarge: ShapeGroup = { names: [], classes, shapes: [idle(2 ** 19, width)] };
  throws(() => productOf(oneLarge), /product automaton too large/);
  // Split where both parts stay small: 64 × 64 | 256 over 128 classes, 4,096 × 128 entries.
  const manyClasses = Uint8Array.from({ length: CODES }, (_, code) => code % 128);
  const split: ShapeGroup = {
    names: [],
    classes: manyClasses,
    shapes: [idle(63, 128), idle(63, 128), idle(255, 128)],
  };
  strictEqual(productOf(split).hitBase, 1);
  const over = (width: number, ...states: number[]): ShapeGroup => ({
    names: [],
    classes: Uint8Array.from({ length: CODES }, (_, code) => code % width),
    shapes: states.map((count) => idle(count, width)),
  });
  // 2 × 400 | 512 over 3 classes: 800 × 3 entries.
  strictEqual(productOf(over(3, 1, 399, 511)).hitBase, 1);
  // 64 | 256 × 64 at best: 16,384 × 65 entries, past 2^20.
  throws(() => productOf(over(65, 63, 255, 63)), /product automaton too large/);
});

Deno.test("shape product: only a class that begins at the newline resets a shape that has hit", () => {
  // Newline in a class of its own: after a hit, a new line finds the shape again.
  const own = groupOf(["a"], "a\n");
  // Newline in class 0 with every other code: it moves as code 0 does, so the shape waits.
  const shared = groupOf(["a"], "a");
  const stateAfter = (group: ShapeGroup, text: string) => {
    const { delta } = productOf(group);
    let state = 0;
    for (const c of text) state = delta[state + group.classes[c.charCodeAt(0)]];
    return state;
  };
  strictEqual(stateAfter(own, "a\n"), 0);
  strictEqual(stateAfter(own, "a\na"), stateAfter(own, "a"));
  const waiting = stateAfter(shared, "a\n");
  ok(waiting !== 0 && waiting !== stateAfter(shared, "a"), "the shape waits after its hit");
  strictEqual(stateAfter(shared, "a\na"), waiting);
  strictEqual(stateAfter(shared, "a\n\n"), waiting);
});

Deno.test("shape product: a shape complete at its start makes the start a hit state, numbered last", () => {
  const { delta, hitBase, masks } = productOf(groupOf([""]));
  // Two states: the start (a hit) and the shape waiting after it; the waiting one comes first.
  deepStrictEqual([hitBase, [...masks]], [1, [1]]);
  const width = ALPHABET.length + 1;
  const newlineClass = ALPHABET.indexOf("\n") + 1;
  strictEqual(delta[0 * width + newlineClass], 1 * width, "a newline goes back to the start");
  strictEqual(delta[1 * width + 1], 0, "any other character leaves it waiting");
});
