/**
 * The requester mention is the only markup a report builds from an input: a Slack user id
 * (`U…` or `W…`, 3 to 33 upper-case letters and digits) becomes `<@id>`; anything else, even a
 * valid id with something before or after it, is shown as an unknown user and mentions no one.
 */
import { ok } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { buildReportMessage } from "./report_blocks.ts";
import { reportInput } from "./test_report.ts";

const random = seededRandom(0x0fa);
const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

const base = reportInput();

/** Every text of the message: blocks and the notification fallback. */
function allText(requesterId: string): string {
  const m = buildReportMessage({ ...base, requesterId });
  return JSON.stringify(m.blocks) + "\n" + m.text;
}

/** The `<…>` tokens that mention or link: everything but the date tokens the report builds. */
const mentions = (text: string) =>
  [...text.matchAll(/<[^>]*>/g)].map((t) => t[0]).filter((t) => !t.startsWith("<!date^"));

Deno.test("every well-formed user id, U or W, 3 to 33 characters, is mentioned", () => {
  for (const first of ["U", "W"]) {
    for (let length = 3; length <= 33; length++) {
      const id = first + random.chars(length - 1, ID_CHARS);
      const text = allText(id);
      ok(mentions(text).includes(`<@${id}>`), `${id} is mentioned`);
      ok(mentions(text).every((t) => t === `<@${id}>`), `${id}: ${mentions(text)}`);
    }
  }
});

Deno.test("a valid id with anything before or after it mentions no one", () => {
  const hostile = ["<!channel>", "<!here>", ">", "<", "|", " ", "\n", "<@U999999>", "x", "_", "é"];
  for (let i = 0; i < 20; i++) {
    const id = random.pick(["U", "W"]) + random.chars(2 + random.int(20), ID_CHARS);
    for (const h of hostile) {
      for (const requesterId of [h + id, id + h, `${id}${h}${id}`]) {
        const text = allText(requesterId);
        ok(mentions(text).length === 0, `${JSON.stringify(requesterId)}: ${mentions(text)}`);
        ok(text.includes("an unknown user"), JSON.stringify(requesterId));
      }
    }
  }
});

Deno.test("ids of the wrong length, case or kind mention no one", () => {
  const id = (first: string, length: number) => first + random.chars(length - 1, ID_CHARS);
  for (
    const requesterId of [
      "",
      "U",
      id("U", 2),
      id("W", 2),
      id("U", 34),
      id("W", 40),
      id("U", 8).toLowerCase(),
      "u" + id("U", 8).slice(1),
      id("B", 9), // a bot
      id("C", 9), // a channel
      id("T", 9), // a workspace
      "U012-ABC",
    ]
  ) {
    const text = allText(requesterId);
    ok(mentions(text).length === 0, `${JSON.stringify(requesterId)}: ${mentions(text)}`);
    ok(text.includes("an unknown user"), JSON.stringify(requesterId));
  }
});
