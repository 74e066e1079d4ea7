import { ok, strictEqual } from "@node/assert";
import { escapeCodeBlockText, escapeSlackText, inlineCode, plainLine } from "./slack_escape.ts";

Deno.test("escapeSlackText turns mentions, links and entities inert", () => {
  strictEqual(
    escapeSlackText("<!channel> & <@U123> <https://x|y>"),
    "&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x|y&gt;",
  );
  strictEqual(escapeSlackText("&lt;"), "&amp;lt;", "already-escaped text is escaped again");
});

Deno.test("escapeCodeBlockText leaves no two adjacent backticks", () => {
  const out = escapeCodeBlockText("a ``` b ```` c `x`");
  ok(!out.includes("``"));
  strictEqual(out.replaceAll("\u200B", ""), "a ``` b ```` c `x`");
  strictEqual(escapeCodeBlockText("<b>"), "&lt;b&gt;");
});

Deno.test("inlineCode is one escaped line without inner backticks", () => {
  strictEqual(inlineCode("pay`ments\n<!here>"), "`payˋments &lt;!here&gt;`");
  strictEqual(inlineCode(""), "` `");
});

Deno.test("plainLine escapes and joins lines", () => {
  strictEqual(plainLine("a\r\nb\t<c>"), "a b &lt;c&gt;");
});
