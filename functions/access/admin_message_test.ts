/** The admin workflows' messages stay inside Slack's limits and account for every line. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { linesMessage } from "./admin_message.ts";

function sizes(message: ReturnType<typeof linesMessage>) {
  const texts = message.blocks.map((block) =>
    block.type === "context"
      ? block.elements.map((e) => e.text).join("")
      : block.type === "divider"
      ? ""
      : block.text.text
  );
  return {
    blocks: message.blocks.length,
    longest: Math.max(...texts.map((t) => t.length)),
    total: texts.join("").length,
  };
}

Deno.test("linesMessage: few lines are all shown, in order, with nothing said to be left out", () => {
  const message = linesMessage("Debug access", "lead", ["• a", "• b"], "grant");
  strictEqual(message.shown, 2);
  deepStrictEqual(message.blocks.map((b) => b.type), ["header", "section", "section"]);
  ok(JSON.stringify(message.blocks).includes("• a\\n• b"));
  strictEqual(message.text, "Debug access: 2 grants shown");
});

Deno.test("linesMessage: any number and length of lines fits 50 blocks, 3,000 per text, 12,000 in all", () => {
  for (const [count, length] of [[10_000, 10], [500, 999], [60, 1000], [3, 2999]]) {
    const lines = Array.from({ length: count }, (_, i) => `${i}`.padEnd(length, "x"));
    const message = linesMessage("T", "lead", lines, "event");
    const { blocks, longest, total } = sizes(message);
    ok(
      blocks <= 50 && longest <= 3000 && total <= 12_000,
      JSON.stringify({ count, length, blocks, longest, total }),
    );
    const left = count - message.shown;
    if (left > 0) {
      ok(
        JSON.stringify(message.blocks.at(-1)).includes(`${left} more event`),
        `${count}×${length}`,
      );
    } else strictEqual(message.blocks.at(-1)?.type, "section");
  }
});

Deno.test("linesMessage: the header is escaped and cut to Slack's 150 characters", () => {
  const message = linesMessage("<!channel> " + "h".repeat(300), "lead", [], "grant");
  const header = message.blocks[0];
  ok(header.type === "header" && header.text.text.length <= 150 && !header.text.text.includes("<"));
});
