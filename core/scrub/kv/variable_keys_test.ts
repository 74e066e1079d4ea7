/**
 * A key written as a variable (`"$DB_PASSWORD": "v"`, `$DB_PASSWORD: |`): its `$` is read as the
 * key's, so a quoted key's quotes and a block value's line are found.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const scrubber = createScrubber();

/** Whether no run of 4 characters of the value survives in `out`. */
function hidden(out: string, value: string): boolean {
  for (let i = 0; i + 4 <= value.length; i++) if (out.includes(value.slice(i, i + 4))) return false;
  return true;
}

Deno.test("a key written as a variable: quoted, escaped, in YAML's block", () => {
  const value = "Lp4xV9qTz2Rm";
  for (
    const line of [
      `{"$DB_PASSWORD": "${value}"}`,
      `{\\"$db_password\\": \\"${value}\\"}`,
      `  "$DB_PASSWORD" => "${value}"`,
      `'$api_token': '${value}'`,
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(hidden(out, value), true, JSON.stringify(out));
  }
  const out = scrubWholeAndStreamed(`$DB_PASSWORD: |\n  ${value}\nnext: 1\n`);
  strictEqual(hidden(out, value), true, JSON.stringify(out));
  strictEqual(out.includes("next: 1"), true, JSON.stringify(out));
});
