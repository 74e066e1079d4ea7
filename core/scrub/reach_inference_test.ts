/**
 * The reach read from a pattern's source (./reach_inference.ts): every way its matches may start,
 * spelled out as far as a keyword, or none when that is not read.
 */
import { deepStrictEqual, ok } from "@node/assert";
import type { Detector, Reach } from "./detector.ts";
import { inferredReach } from "./reach_inference.ts";
import { AT_KEYWORD } from "./windowed_match.ts";

/** The reach read from `detector`'s pattern; undefined for none. */
const inferred = (detector: Detector): Reach | undefined => inferredReach(detector) ?? undefined;

/** A detector of `pattern` woken by `keywords`, as the tests below read its reach. */
const withPattern = (pattern: RegExp, keywords = ["tok_"]): Detector => ({
  id: "test-inferred",
  kind: "secret",
  prefilter: { keywords },
  pattern,
});

Deno.test("a reach is inferred for a pattern that starts with its keyword, after assertions only", () => {
  for (
    const starts of [
      /tok_[a-z]{8}/g,
      /\btok_[a-z]{8}/gi,
      /(?<![A-Za-z0-9_])(?:TOK_[a-z]{8})(?![a-z])/g,
      /(?=t)(?<!\()tok_x?/g,
    ]
  ) deepStrictEqual(inferred(withPattern(starts)), AT_KEYWORD, starts.source);
  for (
    const not of [
      /tok_[a-z]{8}|x/g, // another alternative need not start with it
      /to?k_[a-z]{8}/g, // a quantified character
      /tok?_[a-z]{8}/g,
      /(?:tok_)?[a-z]{8}/g, // an optional group
      /(?:tok_|x)[a-z]{8}/g,
      /x*tok_/g, // an x repeated any number of times
      /x{0,2}tok_/g,
      /tok_/giu, // `ſ` matches `s` and `K` (Kelvin) `k` by code points with `i`
    ]
  ) deepStrictEqual(inferred(withPattern(not)), undefined, not.source);
  // A class of one character; an x or none before the keyword: one character before it at most.
  deepStrictEqual(inferred(withPattern(/[t]ok_[a-z]{8}/g)), AT_KEYWORD);
  deepStrictEqual(inferred(withPattern(/x?tok_/g)), { before: 1, after: 0 });
  deepStrictEqual(inferred(withPattern(/x+tok_/g)), undefined); // how many x's is not read
  deepStrictEqual(inferred(withPattern(/tok_/gu)), AT_KEYWORD);
});

Deno.test("a reach is inferred from every way a match may start: classes, separators, keywords inside", () => {
  const names = ["full name", "full_name", "fullname"];
  // Each spelling of the key is a keyword.
  deepStrictEqual(
    inferred(withPattern(/(?<!\w)[fF][uU][lL][lL][ _]?[nN]ame:/g, names)),
    AT_KEYWORD,
  );
  // `full-name` is none: not every match holds a keyword.
  deepStrictEqual(inferred(withPattern(/(?<!\w)full[ _-]?name:/g, names)), undefined);
  // `holder` is 5 characters into `card_holder`, 4 into `cardholder`, 0 into `holder`.
  const holder = /(?<![A-Za-z])(?:[cC]ard[ _]?|)holder(?:[ _]?name)?[:=]/g;
  deepStrictEqual(inferred(withPattern(holder, ["holder"])), { before: 5, after: 0 });
  // Named groups, escaped punctuation, a lazy `??`, the first of `{2}`.
  deepStrictEqual(
    inferred(withPattern(/(?<key>a\.b??c{2}d)/g, ["a.c", "a.bc"])),
    AT_KEYWORD,
  );
  // Too many ways to start: not read.
  deepStrictEqual(
    inferred(withPattern(/[ab][ab][ab][ab][ab][ab][ab][ab][ab][ab]x/g, ["x"])),
    undefined,
  );
  deepStrictEqual(inferred(withPattern(/tok_/g, ["tok_x"])), undefined);
  deepStrictEqual(inferred(withPattern(/tok_/g, ["to"])), AT_KEYWORD);
});

Deno.test("no reach is inferred for a group whose last alternative is empty", () => {
  // Both match eight letters alone, without the keyword.
  for (const not of [/(?:tok_|)[a-z]{8}/g, /\b(?:tok_|)[a-z]{8}/g]) {
    deepStrictEqual(inferred(withPattern(not)), undefined, not.source);
  }
});

Deno.test("a reach is inferred from a pattern's literal start as written: escapes, classes, quantifiers", () => {
  for (
    const [starts, keywords] of [
      [/tok\-x[a-z]{8}/g, ["tok-x"]], // an escaped character is itself
      [/tok_\|[a-z]/g, ["tok_"]], // an escaped | is no alternative
      [/(?![)])tok_/g, ["tok_"]], // a ) in a class closes no group
      [/(?![a)])tok_/g, ["tok_"]],
      [/tok_[a-z]{8}/g, ["tok_", "xyz"]], // one keyword it starts with is enough
      [/tok_[a-z]{8}/g, ["t"]],
    ] as const
  ) deepStrictEqual(inferred(withPattern(starts, [...keywords])), AT_KEYWORD, starts.source);
  for (
    const [not, keywords] of [
      [/\tok_[a-z]{8}/g, ["tok_"]], // a tab, then tok_
      [/tok_s?[a-z]{8}/g, ["tok_s"]], // the s may be missing
      [/[a-z]tok_/g, [""]], // an empty keyword is no keyword
      [/[a-z]tok_/g, ["tok_"]], // a range is not read
    ] as const
  ) deepStrictEqual(inferred(withPattern(not, [...keywords])), undefined, not.source);
});

Deno.test("a reach is inferred where each alternative starts with a keyword: a list of names, or the pattern's", () => {
  for (
    const [starts, keywords] of [
      [/(?<![A-Za-z])(?:card|pan)[ :]{0,3}\d{16}/gi, ["card", "pan"]],
      [/(?<![0-9])(?:(?<![a-z])card|pan(?:_no)?)\d{16}/g, ["card", "pan"]],
      [/(?:card|(?:pan|iban)_)\d{16}/g, ["card", "pan", "iban"]],
      [/tok_[a-z]{8}|\bkey_[a-z]{8}/g, ["tok_", "key_"]],
    ] as const
  ) deepStrictEqual(inferred(withPattern(starts, [...keywords])), AT_KEYWORD, starts.source);
  for (
    const [not, keywords] of [
      [/(?:card|pan)?\d{16}/g, ["card", "pan"]], // the names may be missing
      [/(?:card|pan|)\d{16}/g, ["card", "pan"]], // an empty alternative
      [/(?:card|no)\d{16}/g, ["card", "pan"]], // `no` is no keyword
      [/(?:card|pa?n)\d{16}/g, ["card", "pan"]],
      [/(?:card|[^p]an)\d{16}/g, ["card", "pan"]],
      [/tok_[a-z]{8}|(?:key|x)_/g, ["tok_", "key"]],
    ] as const
  ) deepStrictEqual(inferred(withPattern(not, [...keywords])), undefined, not.source);
});

Deno.test("a | in a class is no alternative of the pattern", () => {
  const detector: Detector = {
    id: "test-inferred",
    kind: "secret",
    prefilter: { keywords: ["tok_"] },
    pattern: /tok_[a|][a-z]{8}/g,
  };
  deepStrictEqual(inferred(detector), AT_KEYWORD);
});

Deno.test("a | inside a group is no alternative of the pattern; one after a group is", () => {
  deepStrictEqual(inferred(withPattern(/tok_(?:a|b)[a-z]{8}/g)), AT_KEYWORD);
  deepStrictEqual(inferred(withPattern(/tok_(a)|b/g)), undefined);
});

Deno.test("a reach is inferred through a capturing group and a named one, its name one character or more", () => {
  for (const starts of [/(tok_)[a-z]{8}/g, /(?<k>tok_)[a-z]{8}/g, /(?<key>x?tok_)[a-z]{8}/g]) {
    ok(inferred(withPattern(starts)) !== undefined, starts.source);
  }
  deepStrictEqual(inferred(withPattern(/(?<k>tok_)[a-z]{8}/g)), AT_KEYWORD);
  deepStrictEqual(inferred(withPattern(/(x?tok_)[a-z]{8}/g)), { before: 1, after: 0 });
  // Reached by the longest keyword that ends there: `tok_` holds `k_` too.
  deepStrictEqual(
    inferred({ ...withPattern(/tok_[a-z]{8}/g), prefilter: { keywords: ["k_", "tok_"] } }),
    AT_KEYWORD,
  );
});

Deno.test("a reach is inferred up to 512 ways to start, past a keyword's repeats, and for no `v` pattern nor an `i` one by code points", () => {
  // Nine characters of two each before x: 512 ways, each nine characters before it.
  deepStrictEqual(inferred(withPattern(/[ab][ab][ab][ab][ab][ab][ab][ab][ab]x/g, ["x"])), {
    before: 9,
    after: 0,
  });
  // The keyword complete, what repeats after it is not read.
  for (const starts of [/tok_+x/g, /tok_{2}x/g, /tok_+?x/g]) {
    deepStrictEqual(inferred(withPattern(starts)), AT_KEYWORD, starts.source);
  }
  for (const not of [/tok_/gv, /tok_/gimsu, /tok_/giu]) {
    deepStrictEqual(inferred(withPattern(not)), undefined, not.flags);
  }
  deepStrictEqual(inferred(withPattern(/tok_/gims)), AT_KEYWORD);
});
