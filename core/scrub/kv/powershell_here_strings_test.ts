/**
 * PowerShell's here-strings: a secret-named variable given `@"` or `@'` at its line's end holds
 * the lines below up to `"@` / `'@`, masked, whole and streamed; the lines after the closing
 * marker, and here-strings of other variables, stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const value = "Zk81mQp2Lx7vTn4Rb9Wc";

Deno.test("a here-string given to a secret-named variable is masked up to its closing marker", () => {
  for (const quote of ['"', "'"]) {
    const text = `$apiKey = @${quote}\n  ${value}\n${quote}@\nWrite-Host "configured"`;
    const out = scrubWholeAndStreamed(text);
    ok(!out.includes(value), out);
    strictEqual(out.split("\n")[3], 'Write-Host "configured"');
  }
});

Deno.test("a here-string of another variable, and a hashtable, stay", () => {
  const texts = ['$banner = @"\nWelcome to the ops shell\n"@', "$token = @{ a = 1 }"];
  deepStrictEqual(texts.filter((t) => scrubWholeAndStreamed(t) !== t), []);
});
