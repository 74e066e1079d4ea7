/**
 * The key/value reader asks for no character past the end of its line when a key or its value
 * ends the line (`… auth_method=password`, `… password = v`). Such a read gives NaN and changes
 * nothing, but V8's optimized code for the reader does not expect it: each such place in
 * readValue, literal and their helpers threw the function's optimized code away the first time
 * a line took it (the 20 MB key/value log's 182 lines ending in a key name made readValue's
 * optimized code be compiled six times instead of three; on the mixed log, literal's four times
 * instead of two). Found by wrapping String.prototype.charCodeAt.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments } from "./assignments.ts";

/** The characters `read` asks for outside the string asked (index and length), in order. */
function readsOutside(read: () => void): string[] {
  const charCodeAt = String.prototype.charCodeAt;
  const outside: string[] = [];
  String.prototype.charCodeAt = function (this: string, index: number) {
    if (index >= this.length) outside.push(`${index} of ${this.length}`);
    return charCodeAt.call(this, index);
  };
  try {
    read();
  } finally {
    String.prototype.charCodeAt = charCodeAt;
  }
  return outside;
}

/** Values read from `line`, as [key, value]. */
const valuesOf = (line: string) =>
  readAssignments(line).map((a) => [a.key, line.slice(a.start, a.end)]);

Deno.test("a key that ends its line is read within the line", () => {
  for (
    const line of [
      "status=401 region=eu-west-2 auth_method=password",
      "ts=2026-01-04T10:00:00Z level=warn login failed method=api_key",
      '{"msg":"rotating","kind":"secret',
    ]
  ) {
    let values: string[][] = [];
    deepStrictEqual(readsOutside(() => values = valuesOf(line)), [], line);
    deepStrictEqual(values, [], line);
  }
});

Deno.test("a value that ends its line is read within the line", () => {
  for (
    const [line, value] of [
      ["user=ops password = Qz7wLm4Rt", "Qz7wLm4Rt"],
      ["export API_TOKEN=tk9Vb2Xw7Lp3", "tk9Vb2Xw7Lp3"],
      ["retry=3 secret: hW4nB8qZ2x", "hW4nB8qZ2x"],
    ]
  ) {
    let values: string[][] = [];
    deepStrictEqual(readsOutside(() => values = valuesOf(line)), [], line);
    deepStrictEqual(values.map(([, v]) => v), [value], line);
  }
});
