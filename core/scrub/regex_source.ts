/** Reading a regular expression's source text (detector patterns, written by this project). */

/** Whether a regex source has a `|` outside every group and class (alternatives of its own). */
export function hasTopLevelBar(source: string): boolean {
  let depth = 0, inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}
