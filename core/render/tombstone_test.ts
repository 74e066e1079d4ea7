import { ok, strictEqual } from "@node/assert";
import { validateBlocks } from "../../devkit/slack_emulator/limits.ts";
import { buildTombstone, MAX_TOMBSTONE_NAME_CHARS } from "./tombstone.ts";

const base = {
  service: "checkout",
  environment: "production",
  requesterId: "U05ONCALL01",
  createdAt: Date.UTC(2026, 11, 4, 14, 5) / 1000,
  expiresAt: Date.UTC(2026, 11, 4, 15, 5) / 1000,
};

Deno.test("the tombstone is one line: what, who, when asked, when it expired", () => {
  const { text, blocks } = buildTombstone(base);
  strictEqual(
    text,
    "Debug report for `checkout` (`production`), requested by <@U05ONCALL01> at 14:05 UTC, " +
      "expired at 15:05 UTC and was removed.",
  );
  strictEqual(blocks.length, 1);
  strictEqual(blocks[0].text.text, text);
  ok(!text.includes("\n"));
});

Deno.test("stored names cannot mention, link or format, and a bad requester id is not mentioned", () => {
  const { text } = buildTombstone({
    ...base,
    service: "<!channel> <https://evil.example|click> `x`",
    environment: "prod\n*bold*",
    requesterId: "<!here>",
  });
  ok(!/<[!@#]|<https?:/.test(text), text);
  ok(text.includes("&lt;!channel&gt;"));
  ok(text.includes("requested by someone"));
  strictEqual(text.split("\n").length, 1);
});

Deno.test("the tombstone stays inside Block Kit limits whatever the stored names", () => {
  const long = "s".repeat(4000);
  const message = buildTombstone({ ...base, service: long, environment: "&".repeat(4000) });
  validateBlocks(message.blocks, "message");
  ok(message.text.length < 3000, `${message.text.length}`);
  ok(message.text.includes(`${"s".repeat(MAX_TOMBSTONE_NAME_CHARS)}…`));
});

Deno.test("a report purged before its deadline says who removed it and when, and mentions only a well-formed id", () => {
  const at = Date.UTC(2026, 11, 4, 14, 20) / 1000;
  strictEqual(
    buildTombstone({ ...base, purgedEarly: { by: "U0PURGER", at } }).text,
    "Debug report for `checkout` (`production`), requested by <@U05ONCALL01> at 14:05 UTC, " +
      "was removed by <@U0PURGER> at 14:20 UTC.",
  );
  for (const by of ["<!channel>", "", "u0lower", "U0PURGER>"]) {
    const { text } = buildTombstone({ ...base, purgedEarly: { by, at } });
    ok(text.endsWith(", was removed by someone at 14:20 UTC."), text);
  }
});
