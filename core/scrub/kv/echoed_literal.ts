/**
 * A command substitution that only prints a literal (`$(echo v)`, `$(echo -n "v")`,
 * `$(printf '%s' v)`, `` `echo v` ``) is that literal: a value, not a reference to where one is
 * kept. `$(echo $VAR)`, `$(echo "${VAR}")`, `$(cat /run/secrets/x)` or `$(vault kv get …)` print
 * something kept elsewhere, and stay references.
 */

/**
 * The substitution's opening and its command up to the literal: `$(` or a backtick, `echo` with
 * at most its `-n`/`-e`/`-E` flags or `printf` with a `%s` format, blanks, then maybe a quote.
 * A regular expression's source, for detectors that read past it to the literal.
 */
const OPEN_AND_COMMAND = String.raw`(?:\$\(|\x60)` +
  String
    .raw`(?:echo(?:[ \t]{1,3}-[neE]{1,3}){0,3}|printf[ \t]{1,3}(?:'%s(?:\\n)?'|"%s(?:\\n)?"|%s))` +
  String.raw`[ \t]{1,3}`;
export const ECHO_HEAD = OPEN_AND_COMMAND + `["']?`;

/**
 * The literal's characters: no blank, quote, `$`, backtick, bracket, `\` or shell operator, so an
 * expansion or a second command is no literal.
 */
const LITERAL = String.raw`[^\s"'\x60$()\\;|&<>]`;

/**
 * Read at the substitution's start (sticky). The literal has no length cap: its class holds no
 * character that ends it, so a long one is read in one pass, whole, and masked whole.
 */
const ECHOED = new RegExp(
  OPEN_AND_COMMAND + String.raw`(["']?)(${LITERAL}+)\1[ \t]{0,3}([)\x60])`,
  "dy",
);

/**
 * When a substitution printing only a literal starts at `at` and closes as it opened: where the
 * literal is (`[start, end)` in `text`) and where the substitution ends; null otherwise.
 */
export function echoedLiteralAt(
  text: string,
  at: number,
): [start: number, end: number, closed: number] | null {
  const first = text.charCodeAt(at);
  if (!(first === 0x24 && text.charCodeAt(at + 1) === 0x28) && first !== 0x60) return null;
  ECHOED.lastIndex = at;
  const m = ECHOED.exec(text);
  if (m === null || (m[3] === ")") !== (first === 0x24)) return null;
  const literal = m.indices?.[2];
  return literal === undefined ? null : [literal[0], literal[1], ECHOED.lastIndex];
}
