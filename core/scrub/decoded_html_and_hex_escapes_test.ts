/**
 * Values hidden by HTML/XML character references (`&quot;password&quot;: &quot;…&quot;`, a
 * JSON config in a web page's attribute) or by code hex escapes (`\x22token\x22: \x22…\x22`, a
 * Python or C string logged escaped): the decoded view reads them, and the original bytes of
 * the value are masked; what only looks like a reference stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber();
const P = "Zx9Qm2LwV7pK!x";
const T = "Zx9Qm2LwV7pK4rT8yB3n";

Deno.test("a secret-named value behind character references or hex escapes is masked", () => {
  const q = ["&quot;", "&#34;", "&#x22;", "\\x22"];
  for (const quote of q) {
    for (
      const [text, secret] of [
        [`<pre>{${quote}password${quote}: ${quote}${P}${quote}}</pre>`, P],
        [`data-config="{${quote}apiKey${quote}:${quote}${T}${quote}}"`, T],
        [`log: {${quote}token${quote}: ${quote}${T}${quote}, ${quote}n${quote}: 2}`, T],
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(secret), `${text} -> ${out}`);
      ok(out.startsWith(text.slice(0, 8)), out);
    }
  }
  // An escaped character inside the value: its original bytes go with it.
  const text = `{"msg":"db password=Zx9Qm2\\x40LwV7pK&amp;x7"}`;
  const out = scrubber.scrub(text).text;
  ok(!out.includes("Zx9Qm2") && !out.includes("LwV7pK"), out);
});

Deno.test("what only looks like a reference or escape stays", () => {
  for (
    const text of [
      "salt &amp; pepper &lt;3",
      "a &quot;quoted&quot; word, &#169; 2026",
      'printf("\\x1b[0m done\\x0a")',
      "AT&T &nbsp; rates &#xZZ; here",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
