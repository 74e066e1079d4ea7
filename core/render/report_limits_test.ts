/**
 * The report's defences and limits at their edges, with generated inputs: hostile text in every
 * field it shows (detector ids included: buildReportMessage is handed counts as they are), the
 * source, service and environment cut at 100 characters, the header at 150 once escaped, never
 * splitting a surrogate pair, and the lines left out for the message's size counted one by one.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import type { ReportMessage } from "./blocks.ts";
import { buildReportMessage, REPORT_LIMITS } from "./report_blocks.ts";
import { escapeSlackText, plainLine } from "./slack_escape.ts";
import { reportInput } from "./test_report.ts";

const random = seededRandom(0x4e9);
const base = reportInput();

/** Every text of the message: blocks (as JSON, so nothing is missed) and the fallback. */
const everything = (m: ReportMessage) => JSON.stringify(m.blocks) + "\n" + m.text;
/** `<…>` tokens other than the requester mention and the date tokens the report builds. */
const liveTokens = (m: ReportMessage) =>
  [...everything(m).matchAll(/<[^>]*>/g)].map((t) => t[0])
    .filter((t) => t !== "<@U012ABC>" && !t.startsWith("<!date^"));
/** The header's text, and the mrkdwn of the sections and context blocks. */
const header = (m: ReportMessage) => {
  const h = m.blocks[0];
  return h.type === "header" ? h.text.text : "";
};
const HOSTILE = ["<!channel>", "<!here>", "<@U999>", "<https://evil.example|x>", "&", "<", ">"];

Deno.test("report limits: hostile detector ids in the counts are shown escaped, never live", () => {
  for (const h of HOSTILE) {
    const m = buildReportMessage({ ...base, counts: { [h]: 3, [`api-${h}-key`]: 1 } });
    strictEqual(liveTokens(m).length, 0, `${h}: ${liveTokens(m)}`);
    const lock = m.blocks.find((b) => b.type === "section" && b.text.text.startsWith(":lock:"));
    ok(lock && lock.type === "section" && lock.text.text.includes(escapeSlackText(h)), h);
  }
});

Deno.test("report limits: hostile text in every field is shown escaped, never live", () => {
  for (const h of HOSTILE) {
    for (const field of ["service", "environment", "source"] as const) {
      const m = buildReportMessage({ ...base, [field]: `a${h}b` });
      strictEqual(liveTokens(m).length, 0, `${field} ${h}: ${liveTokens(m)}`);
    }
  }
});

/** `length` random characters, pairs included; as an array of code points. */
function name(length: number): string[] {
  const alphabet = [..."abcxyz-_.0189é"], pairs = ["🙂", "𝔸", "\u{10000}", "\u{10FFFF}"];
  return Array.from(
    { length },
    () => random.int(4) === 0 ? random.pick(pairs) : random.pick(alphabet),
  );
}

/** What `value` shows as when cut at `max` UTF-16 units (the documented rule). */
function expectedCut(value: string, max: number): string {
  if (value.length <= max) return value;
  let kept = "";
  for (const c of value) {
    if (kept.length + c.length > max - 1) break;
    kept += c;
  }
  return `${kept}…`;
}

Deno.test("report limits: the source is shown whole up to 100 characters, then cut with …, pairs whole", () => {
  for (let round = 0; round < 60; round++) {
    const value = name(45 + random.int(45)).join("");
    const m = buildReportMessage({ ...base, source: value });
    const info = JSON.stringify(m.blocks);
    const shown = expectedCut(value, 100);
    ok(info.includes(JSON.stringify(`*Source:* \`${shown}\``).slice(1, -1)), `${value.length}`);
  }
  for (const length of [99, 100, 101]) {
    const value = "s".repeat(length);
    const info = JSON.stringify(buildReportMessage({ ...base, source: value }).blocks);
    ok(info.includes(`*Source:* \`${expectedCut(value, 100)}\``), `${length}`);
  }
  for (const source of ["", undefined]) {
    ok(!JSON.stringify(buildReportMessage({ ...base, source }).blocks).includes("*Source:*"));
  }
});

Deno.test("report limits: the fallback names service and environment cut at 100 characters", () => {
  for (let round = 0; round < 40; round++) {
    const service = name(40 + random.int(40)).join("");
    const environment = name(40 + random.int(40)).join("");
    const m = buildReportMessage({ ...base, service, environment });
    const want = `Safe Debug report for ${expectedCut(service, 100)} (${
      expectedCut(environment, 100)
    }): `;
    ok(m.text.startsWith(want), `${service.length}/${environment.length}: ${m.text}`);
  }
});

Deno.test("report limits: the header holds as much as fits 150 characters once escaped, then …", () => {
  for (let round = 0; round < 80; round++) {
    const service = name(20 + random.int(80)).map((c) => random.int(6) === 0 ? "&" : c).join("");
    const environment = random.pick(["prod", "<staging>", "p".repeat(random.int(100))]);
    const m = buildReportMessage({ ...base, service, environment });
    const raw = `Safe Debug: ${expectedCut(service, 100)} (${expectedCut(environment, 100)})`;
    const text = header(m);
    if (plainLine(raw).length <= REPORT_LIMITS.maxHeaderChars) {
      strictEqual(text, plainLine(raw));
      continue;
    }
    ok(text.length <= REPORT_LIMITS.maxHeaderChars && text.endsWith("…"), text);
    // The longest prefix of the raw text whose escaped form and … fit.
    let keep = 0;
    while (
      keep < raw.length &&
      plainLine(raw.slice(0, keep + 1)).length + 1 <= REPORT_LIMITS.maxHeaderChars
    ) keep++;
    strictEqual(text, `${plainLine(raw.slice(0, keep))}…`, `round ${round}`);
  }
});

Deno.test("report limits: one line or several left out for the message's size, counted and worded", () => {
  // One line a block: each piece of the excerpt holds one line.
  const lines = Array.from(
    { length: 12 },
    (_, i) => `10:${String(i).padStart(2, "0")} INFO line ${i}`,
  );
  const fixedBlocks = 6; // header, info, summary, notes, divider, expiry
  for (let fit = 1; fit <= 11; fit++) {
    const m = buildReportMessage(
      { ...base, excerpt: [lines.join("\n")], lineCount: lines.length },
      { ...REPORT_LIMITS, maxSectionChars: 40, maxBlocks: fixedBlocks + fit },
    );
    const text = everything(m);
    const leftOut = lines.length - fit;
    ok(text.includes(`*Lines:* ${fit} shown, more not shown`), `${fit}: ${text}`);
    const note = leftOut === 1
      ? "The oldest line is left out to fit Slack's message size. Narrow the window or add a filter to see it."
      : `The ${leftOut} oldest lines are left out to fit Slack's message size. Narrow the window or add a filter to see them.`;
    ok(text.includes(note), `${fit}: ${text}`);
    ok(text.includes(lines[11]) && !text.includes(lines[leftOut - 1]), `${fit}: newest kept`);
  }
});
