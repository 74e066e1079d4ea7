import { ok, strictEqual, throws } from "@node/assert";
import { SlackError } from "./args.ts";
import { validateBlocks } from "./limits.ts";

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

function rejects(blocks: unknown, code: string, pointer: RegExp): void {
  throws(() => validateBlocks(blocks, "message"), (error: unknown) => {
    if (!(error instanceof SlackError)) return false;
    strictEqual(error.code, code);
    ok(pointer.test(error.detail ?? ""), `detail was '${error.detail}'`);
    return true;
  });
}

Deno.test("50 blocks pass, 51 do not; modals allow 100", () => {
  const fifty = Array.from({ length: 50 }, () => ({ type: "divider" }));
  strictEqual(validateBlocks(fifty, "message"), 0);
  rejects([...fifty, { type: "divider" }], "invalid_blocks", /no more than 50 items/);
  strictEqual(validateBlocks([...fifty, ...fifty], "modal"), 0);
});

Deno.test("section text up to 3000 characters, counted toward the total", () => {
  strictEqual(validateBlocks([section("x".repeat(3000))], "message"), 3000);
  rejects([section("x".repeat(3001))], "invalid_blocks", /less than 3001.*\/blocks\/0\/text\/text/);
  rejects([section("")], "invalid_blocks", /more than 0 characters/);
  rejects([{ type: "section" }], "invalid_blocks", /text or fields/);
});

Deno.test("section fields: at most 10, each up to 2000", () => {
  const field = (n: number) => ({ type: "mrkdwn", text: "f".repeat(n) });
  strictEqual(
    validateBlocks([{ type: "section", fields: [field(2000), field(1)] }], "message"),
    2001,
  );
  rejects(
    [{ type: "section", fields: Array(11).fill(field(1)) }],
    "invalid_blocks",
    /no more than 10/,
  );
  rejects([{ type: "section", fields: [field(2001)] }], "invalid_blocks", /fields\/0\/text/);
});

Deno.test("header text is plain_text of at most 150", () => {
  const header = (text: string, type = "plain_text") => ({ type: "header", text: { type, text } });
  strictEqual(validateBlocks([header("h".repeat(150))], "message"), 150);
  rejects([header("h".repeat(151))], "invalid_blocks", /less than 151/);
  rejects([header("h", "mrkdwn")], "invalid_blocks", /plain_text/);
});

Deno.test("actions hold 1 to 25 elements, context 1 to 10", () => {
  const button = { type: "button", text: { type: "plain_text", text: "Go" }, action_id: "go" };
  validateBlocks([{ type: "actions", elements: Array(25).fill(button) }], "message");
  rejects(
    [{ type: "actions", elements: Array(26).fill(button) }],
    "invalid_blocks",
    /no more than 25/,
  );
  rejects([{ type: "actions", elements: [] }], "invalid_blocks", /at least 1 element/);
  const note = { type: "mrkdwn", text: "n" };
  strictEqual(validateBlocks([{ type: "context", elements: Array(10).fill(note) }], "message"), 10);
  rejects(
    [{ type: "context", elements: Array(11).fill(note) }],
    "invalid_blocks",
    /no more than 10/,
  );
});

Deno.test("unknown block types, input blocks in messages and duplicate block_ids fail", () => {
  rejects([{ type: "banner" }], "invalid_blocks", /unsupported block type/);
  rejects([{ type: "input" }], "invalid_blocks", /unsupported block type/);
  rejects(
    [{ type: "divider", block_id: "a" }, { type: "divider", block_id: "a" }],
    "invalid_blocks",
    /unique/,
  );
  rejects({ type: "divider" }, "invalid_blocks_format", /must be an array/);
});

Deno.test("the total of block text is returned for the cumulative cap", () => {
  const blocks = Array.from({ length: 5 }, () => section("y".repeat(2500)));
  strictEqual(validateBlocks(blocks, "message"), 12_500);
});
