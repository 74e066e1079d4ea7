import { deepStrictEqual as assertEquals, ok as assert } from "@node/assert";
import { OVERFLOW_TEMPLATE, PatternMiner } from "./miner.ts";
import { type LabelledLine, STYLE_NAMES, styleLines } from "./testdata/styles.ts";

/** The template of each line, mined together. */
function templatesOf(lines: readonly string[], maxShapes?: number): string[] {
  const miner = new PatternMiner(maxShapes);
  const ids = lines.map((line) => miner.add(line));
  const templates = miner.templates();
  return ids.map((id) => templates.textOf(id));
}

/** Lines whose template is shared by exactly the lines of their event (grouping accuracy). */
function groupingAccuracy(lines: readonly LabelledLine[]): number {
  const templates = templatesOf(lines.map((l) => l.text));
  const byTemplate = new Map<string, LabelledLine[]>();
  const byEvent = new Map<string, number>();
  lines.forEach((line, i) => {
    byTemplate.set(templates[i], [...(byTemplate.get(templates[i]) ?? []), line]);
    byEvent.set(line.event, (byEvent.get(line.event) ?? 0) + 1);
  });
  let correct = 0;
  for (const members of byTemplate.values()) {
    const event = members[0].event;
    if (members.every((m) => m.event === event) && byEvent.get(event) === members.length) {
      correct += members.length;
    }
  }
  return correct / lines.length;
}

for (const style of STYLE_NAMES) {
  Deno.test(`${style} lines group exactly by the kind of message they are`, () => {
    assertEquals(groupingAccuracy(styleLines(style, 600)), 1);
  });
}

Deno.test("a word that takes many values is a variable", () => {
  const lines = ["alice", "bob", "carol", "dave"].map((u) => `session closed for user ${u}`);
  assertEquals(new Set(templatesOf(lines)), new Set(["session closed for user <*>"]));
});

Deno.test("capitalized words and upper-case names (states) split the pattern however many", () => {
  const states = ["Started", "Stopped", "Paused", "Resumed"];
  const lines = states.flatMap((s) =>
    [1, 2].map((n) => `[instance: ${n}] VM ${s} (Lifecycle Event)`)
  );
  assertEquals(new Set(templatesOf(lines)).size, states.length);
  const modes = ["LEADING", "LOOKING", "FOLLOWING"].map((m) => `peer state ${m} now`);
  assertEquals(new Set(templatesOf(modes)).size, 3);
});

Deno.test("a word with only two values (a state) splits the pattern", () => {
  const lines = ["start", "end", "start", "end"].map((s) => `layout pass ${s}`);
  assertEquals(new Set(templatesOf(lines)), new Set(["layout pass start", "layout pass end"]));
});

Deno.test("words that determine each other name different messages", () => {
  const steps = [["NEW", "QUEUED"], ["QUEUED", "RUNNING"], ["RUNNING", "DONE"], [
    "RUNNING",
    "FAILED",
  ]];
  const lines = steps.flatMap(([a, b]) => [1, 2].map((n) => `task_${n} moved from ${a} to ${b}`));
  assertEquals(new Set(templatesOf(lines)).size, steps.length);
});

Deno.test("host, class and path names are variables even when only two occur", () => {
  const lines = ["proxy.example.com", "dict.example.org", "proxy.example.com"].map((h) =>
    `chrome.exe - ${h}:443 open through proxy`
  );
  assertEquals(new Set(templatesOf(lines)), new Set(["chrome.exe - <*>:<*> open through proxy"]));
});

Deno.test("levels and HTTP methods are never variables", () => {
  const lines = ["ERROR", "WARN", "INFO", "DEBUG"].map((level) => `${level} cache miss for key`);
  assertEquals(new Set(templatesOf(lines)).size, 4);
  const requests = ["GET", "POST", "PUT"].map((m) => `"${m} /api/orders/1 HTTP/1.1" 200`);
  assertEquals(new Set(templatesOf(requests)).size, 3);
});

Deno.test("a variable that takes more tokens in some lines does not split the pattern", () => {
  const lines = [
    "app.exe close, 0 bytes sent, 10 bytes received, lifetime <1 sec",
    "app.exe close, 1190 bytes (1.16 KB) sent, 1671 bytes (1.63 KB) received, lifetime 00:02",
    "app.exe close, 12 bytes sent, 1671 bytes (1.63 KB) received, lifetime 01:12",
  ];
  assertEquals(
    new Set(templatesOf(lines)),
    new Set(["app.exe close, <*> sent, <*> received, lifetime <*>"]),
  );
});

Deno.test("past maxShapes, new kinds of lines are counted under one overflow template", () => {
  const lines = ["alpha one", "beta two", "gamma three", "alpha one", "delta four"];
  const templates = templatesOf(lines, 2);
  assertEquals(templates[0], "alpha one");
  assertEquals(templates[3], "alpha one");
  assertEquals(templates[2], OVERFLOW_TEMPLATE);
  assertEquals(templates[4], OVERFLOW_TEMPLATE);
});

Deno.test("templates are bounded in length", () => {
  const [template] = templatesOf(["word ".repeat(3000)]);
  assert(template.length <= 400);
});
