import { ok, strictEqual } from "@node/assert";
import {
  entitySafeEnd,
  escapeCodeBlockText,
  escapeSlackText,
  inlineCode,
  plainLine,
} from "./slack_escape.ts";

/** Deterministic pseudo-random texts built from the pieces Slack markup is made of. */
function hostileTexts(count: number, seed = 7): string[] {
  const pieces = [
    "<",
    ">",
    "&",
    "amp;",
    "lt;",
    "gt;",
    "&amp;",
    "&lt;",
    "&gt;",
    "&#60;",
    "&#x3c;",
    "!",
    "@",
    "#",
    "|",
    ";",
    "channel",
    "here",
    "U0123",
    "C0456",
    "http://evil.example",
    "mailto:x",
    "date^1^{x}",
    "`",
    "*",
    "_",
    "~",
    "\n",
    " ",
    "é",
    "\u200B",
  ];
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: count }, () => {
    const length = next() % 24;
    return Array.from({ length }, () => pieces[next() % pieces.length]).join("");
  });
}

/** What a Slack client shows for escaped text: the three entities decoded, nothing else. */
function shown(escaped: string): string {
  return escaped.replace(
    /&(amp|lt|gt);/g,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">" })[name]!,
  );
}

Deno.test("escapeSlackText turns mentions, links and entities inert", () => {
  strictEqual(
    escapeSlackText("<!channel> & <@U123> <#C1|x> <https://x|y> <!date^1^{date}|d>"),
    "&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;#C1|x&gt; &lt;https://x|y&gt; &lt;!date^1^{date}|d&gt;",
  );
  strictEqual(
    escapeSlackText("&#60;!here&#62; &ampx &lt"),
    "&amp;#60;!here&amp;#62; &amp;ampx &amp;lt",
  );
});

Deno.test("escapeSlackText is idempotent: already-escaped text is not escaped again", () => {
  strictEqual(escapeSlackText("&lt;!channel&gt; &amp;"), "&lt;!channel&gt; &amp;");
  for (const text of hostileTexts(5000)) {
    const once = escapeSlackText(text);
    strictEqual(escapeSlackText(once), once, JSON.stringify(text));
  }
});

Deno.test("no input escapes to a live mention, link or date", () => {
  for (const text of [...hostileTexts(5000, 11), "<<!channel>>", "&<!here>", "<&lt;@U1>"]) {
    const out = escapeSlackText(text);
    ok(!/[<>]/.test(out), `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
    ok(!/&(?!amp;|lt;|gt;)/.test(out), `a bare & in ${JSON.stringify(out)}`);
    // Text that held no entity of its own reads exactly as it was written.
    if (!/&(amp|lt|gt);/.test(text)) strictEqual(shown(out), text);
  }
});

Deno.test("entitySafeEnd never cuts inside an entity", () => {
  const text = "ab&amp;cd&lt;";
  strictEqual(entitySafeEnd(text, 2), 2);
  for (const end of [3, 4, 5, 6]) strictEqual(entitySafeEnd(text, end), 2, `end ${end}`);
  strictEqual(entitySafeEnd(text, 7), 7);
  strictEqual(entitySafeEnd(text, 12), 9);
  strictEqual(entitySafeEnd(text, 13), 13);
  for (const text of hostileTexts(500, 3).map(escapeSlackText)) {
    for (let end = 0; end <= text.length; end++) {
      const cut = text.slice(0, entitySafeEnd(text, end));
      strictEqual(escapeSlackText(cut), cut, `${JSON.stringify(text)} cut at ${end}`);
    }
  }
});

Deno.test("escapeCodeBlockText leaves no two adjacent backticks", () => {
  const out = escapeCodeBlockText("a ``` b ```` c `x`");
  ok(!out.includes("``"));
  strictEqual(out.replaceAll("\u200B", ""), "a ``` b ```` c `x`");
  strictEqual(escapeCodeBlockText("<b>"), "&lt;b&gt;");
  strictEqual(escapeCodeBlockText(escapeCodeBlockText("<`` &>")), escapeCodeBlockText("<`` &>"));
});

Deno.test("inlineCode is one escaped line without inner backticks", () => {
  strictEqual(inlineCode("pay`ments\n<!here>"), "`payˋments &lt;!here&gt;`");
  strictEqual(inlineCode(""), "` `");
  strictEqual(inlineCode("a &lt; b"), "`a &lt; b`", "escaped input is not escaped twice");
});

Deno.test("plainLine escapes and joins lines", () => {
  strictEqual(plainLine("a\r\nb\t<c>"), "a b &lt;c&gt;");
});
