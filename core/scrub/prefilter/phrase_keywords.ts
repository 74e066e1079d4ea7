/**
 * Keywords for a detector whose pattern opens with the name of its value, one of a list of
 * phrases written as ../detectors/pii_context.ts's nameSource reads them (a space in a phrase
 * stands for a space, `_`, `.`, `-` or nothing; an apostrophe may be left out; any case). The
 * keywords are every way of writing each phrase, lower-cased, so that a line which names none of
 * them (`key_name`, `service_name` for a list of personal-name keys) is not a candidate, and every
 * line the pattern can match still is.
 */

/** What a space in a phrase may be written as (nameSource's `[ _.-]?`). */
const SPACE_FORMS = [" ", "_", ".", "-", ""] as const;
/** What an apostrophe in a phrase may be written as (nameSource's `'?`). */
const APOSTROPHE_FORMS = ["'", ""] as const;
/** A phrase's spaces and apostrophes: each multiplies its forms, so a phrase may hold a few. */
const MAX_JOINS = 4;

/** Every way of writing `phrase` (lower-cased) that nameSource accepts. */
export const phraseForms = (phrase: string): string[] => {
  const joins = [...phrase].filter((c) => c === " " || c === "'").length;
  if (joins > MAX_JOINS) {
    throw new Error(
      `phrase ${JSON.stringify(phrase)} has more than ${MAX_JOINS} spaces or apostrophes`,
    );
  }
  let forms = [""];
  for (const c of phrase.toLowerCase()) {
    const options = c === " " ? SPACE_FORMS : c === "'" ? APOSTROPHE_FORMS : [c];
    forms = forms.flatMap((f) => options.map((o) => f + o));
  }
  return [...new Set(forms)];
};

/**
 * The keywords that find every line naming one of `phrases`: each form of each phrase, less the
 * forms that hold a shorter keyword (that one finds their lines already).
 */
export function phraseKeywords(phrases: readonly string[]): string[] {
  const forms = [...new Set(phrases.flatMap(phraseForms))].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const form of forms) {
    if (!kept.some((k) => form.includes(k))) kept.push(form);
  }
  return kept;
}
