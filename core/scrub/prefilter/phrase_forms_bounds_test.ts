/**
 * Phrase keywords at their bounds: a phrase's spaces and apostrophes each count as a join, up to
 * four (each multiplies its forms); more are refused. A phrase written inside another gives the
 * keywords alone, whatever order the phrases come in.
 */
import { deepStrictEqual, throws } from "@node/assert";
import { phraseForms, phraseKeywords } from "./phrase_keywords.ts";

Deno.test("phrase forms: up to four joins, spaces or apostrophes, and no more", () => {
  for (const phrase of ["a b c d e", "a'b'c'd'e", "a b'c d'e", "o'neil x y z"]) {
    const joins = [...phrase].filter((c) => c === " " || c === "'").length;
    const spaces = [...phrase].filter((c) => c === " ").length;
    deepStrictEqual(joins, 4);
    // Five forms a space, two an apostrophe (some may coincide, never more).
    const forms = phraseForms(phrase);
    deepStrictEqual(forms.length <= 5 ** spaces * 2 ** (joins - spaces), true, phrase);
    deepStrictEqual(forms.includes(phrase.replaceAll(" ", "").replaceAll("'", "")), true, phrase);
  }
  for (const phrase of ["a b c d e f", "a'b'c'd'e'f", "a b c d e'f", "o'neil'x y z w"]) {
    throws(() => phraseForms(phrase), /more than 4 spaces or apostrophes/, phrase);
  }
  deepStrictEqual(phraseForms("o'b"), ["o'b", "ob"]);
});

Deno.test("phrase keywords: a phrase inside another leaves the shorter one's keywords alone, in any order", () => {
  for (
    const phrases of [["name", "first name", "name suffix"], ["first name", "name suffix", "name"]]
  ) {
    deepStrictEqual(phraseKeywords(phrases), ["name"], phrases.join(", "));
  }
  deepStrictEqual(phraseKeywords(["given name", "surname"]).includes("surname"), true);
});
