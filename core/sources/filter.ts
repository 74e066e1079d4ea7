/**
 * Checks a person's free-text filter. The filter never goes to a backend (matching raw logs would
 * reveal masked text): the function applies it to the scrubbed records.
 */

export const MAX_FILTER_CHARS = 200;

/** Returns the trimmed filter, undefined when empty; throws an Error saying what is wrong. */
export function checkFilter(filter: string | undefined): string | undefined {
  const trimmed = filter?.trim() ?? "";
  if (trimmed === "") return undefined;
  if (trimmed.length > MAX_FILTER_CHARS) {
    throw new Error(`The filter is longer than ${MAX_FILTER_CHARS} characters: shorten it.`);
  }
  // deno-lint-ignore no-control-regex -- control characters are what this escapes
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    throw new Error("The filter contains control characters (line breaks, tabs): remove them.");
  }
  return trimmed;
}
