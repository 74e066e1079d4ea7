/**
 * Values carried over a shell line continuation (`\` ending the line): a flag whose value is
 * the next line's first word (`--token \` then `  v`), and a value split inside its word or
 * quote (`TOKEN="abc\` then `def"`). Both parts are masked, whole and streamed; an option on
 * the next line (`-p 8080:8080`), a value that ended before the `\`, and a reference stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { readAssignments } from "./assignments.ts";
import { continuationFor } from "./continuations.ts";

const scrubber = createScrubber();
const A = "u2tKxxjMSPZNtbN17g4t";
const B = "v9OClDnIUI8Oq3ZrW7yX";

/** Scrubs `text` whole and streamed in small chunks; both must agree. */
function scrub(text: string): string {
  const whole = scrubber.scrub(text).text;
  const stream = scrubber.textStream();
  let streamed = "";
  for (let i = 0; i < text.length; i += 5) streamed += stream.write(text.slice(i, i + 5));
  streamed += stream.end();
  strictEqual(streamed, whole, "streamed in chunks, the same output");
  return whole;
}

Deno.test("a flag whose value is on the line after `\\`: that line's first word is masked", () => {
  for (const flag of ["--api-token", "--password", "--client-secret", "-Password"]) {
    for (const pad of ["", "  ", "\t"]) {
      for (const value of [A + B, `'${A}'`, `"${A}!#"`]) {
        const out = scrub(
          `./bin/sync --verbose \\\n    ${flag} \\\n${pad}${value} \\\n  --dry-run`,
        );
        ok(!out.includes(A), `${flag} ${JSON.stringify(pad)} ${value}: ${out}`);
        ok(out.endsWith("\\\n  --dry-run"), out);
      }
    }
  }
});

Deno.test("a value split by `\\` inside its word or quote: both parts are masked", () => {
  for (const [open, close] of [["", ""], ['"', '"'], ["'", "'"]]) {
    for (const form of [`export API_TOKEN=`, `API_TOKEN = `, `db_password=`]) {
      const text = `${form}${open}${A}\\\n${B}${close}\necho done`;
      const out = scrub(text);
      ok(!out.includes(A) && !out.includes(B), `${text}: ${out}`);
      ok(out.endsWith("\necho done"), out);
    }
  }
  // Split over three lines.
  const out = scrub(`export API_TOKEN="${A}\\\n${B}\\\n${A.slice(3)}X"`);
  ok(!out.includes(A.slice(3)) && !out.includes(B), out);
});

Deno.test("what a continuation does not carry a value into stays", () => {
  for (
    const text of [
      "docker run \\\n  --password \\\n  -p 8080:8080 \\\n  app:latest",
      "docker run -e API_KEY=$API_KEY \\\n  -p 8080:8080 app",
      `docker run -e API_TOKEN=${A} \\\n  --rm app:latest`,
      "curl -X POST \\\n  -H 'Accept: application/json' \\\n  https://api.internal/v1",
    ]
  ) {
    const lines = scrub(text).split("\n");
    deepStrictEqual(lines.slice(1), text.split("\n").slice(1), text);
  }
});

Deno.test("the reader: the opener it gives, and what the continuation reads below", () => {
  const [flag] = readAssignments("app --api-token \\");
  deepStrictEqual(flag.opens, { form: "continued", quote: "" });
  const [split] = readAssignments(`TOKEN="${A}\\`);
  deepStrictEqual([split.start, split.end, split.opens], [7, 7 + A.length, {
    form: "continued",
    quote: '"',
  }]);
  const below = continuationFor(split.opens!);
  const line = `${B}" # rotated`;
  deepStrictEqual(below.next(line)!.map((c) => line.slice(c.start, c.end)), [B]);
  strictEqual(below.next("next line"), null);
});
