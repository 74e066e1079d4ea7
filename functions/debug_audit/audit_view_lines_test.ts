/**
 * The audit view, line by line and page by page: anyone with the app's datastore access can
 * write an audit event, so every stored value must reach Slack inert (ids checked before they
 * mention, text as inline code, cut at 80 characters), a line says exactly what happened, and the
 * scan that finds the events is bounded and says when it stopped before the end.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { eventLine } from "./event_lines.ts";
import { InputsSchema } from "./debug_audit.ts";
import { auditQuery, MAX_AUDIT_PAGES, readAuditEvents } from "./read_events.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import { DatastoreReadError } from "../../datastores/records.ts";

const AT = Date.UTC(2026, 11, 4, 20, 41, 59) / 1000;

const FULL = {
  at: AT,
  actor: "U0123ABCD",
  action: "fetch_logs",
  service: "checkout",
  environment: "production",
  window: "15m",
  channel: "C0456DEFG",
  target: "U0999ZZZZ",
  outcome: "success",
  lines_read: 1200,
  lines_shown: 40,
  filter_given: true,
  detail: "scrubbed:12",
};

Deno.test("audit line: a full event reads as one sentence", () => {
  strictEqual(
    eventLine(FULL),
    "• 2026-12-04 20:41Z <@U0123ABCD> `fetch_logs` `checkout` (`production`) over `15m` in " +
      "<#C0456DEFG> for <@U0999ZZZZ>: *success* · 1200 lines read, 40 shown · filtered · " +
      "`scrubbed:12`",
  );
});

Deno.test("audit line: each part is left out, or said to be missing, when the event lacks it", () => {
  strictEqual(eventLine({}), "• (no time) (nobody) (no action): (no outcome)");
  const { environment: _e, window: _w, ...noEnv } = FULL;
  ok(eventLine(noEnv).includes("`fetch_logs` `checkout` in <#C0456DEFG>"), eventLine(noEnv));
  ok(eventLine({ ...FULL, window: "" }).includes("`checkout` (`production`) in"));
  ok(eventLine({ ...FULL, environment: "" }).includes("`checkout` over `15m` in"));
  const { service: _s, ...noService } = FULL;
  ok(eventLine(noService).includes("`fetch_logs` in <#C0456DEFG>"), eventLine(noService));
  ok(eventLine({ ...FULL, lines_shown: undefined }).includes("· 1200 lines read · filtered"));
  ok(eventLine({ ...FULL, lines_read: 1 }).includes("· 1 line read, 40 shown"));
  ok(eventLine({ ...FULL, lines_read: 0, lines_shown: 0 }).includes("· 0 lines read, 0 shown"));
  const { lines_read: _r, ...noLines } = FULL;
  ok(eventLine(noLines).includes(": *success* · filtered · "), eventLine(noLines));
  for (const flag of [false, "true", 1, undefined]) {
    ok(!eventLine({ ...FULL, filter_given: flag }).includes("filtered"), String(flag));
  }
  ok(eventLine({ ...FULL, detail: "" }).endsWith("· filtered"));
  ok(eventLine({ ...FULL, channel: "" }).includes("`15m` for <@U0999ZZZZ>"));
  ok(eventLine({ ...FULL, target: "" }).includes("<#C0456DEFG>: *success*"));
});

Deno.test("audit line: each outcome in words, an unknown one as code", () => {
  const words: [unknown, string][] = [
    ["success", ": *success*"],
    ["failure", ": *failure*"],
    ["refused", ": *refused*"],
    ["started", ": *started* (never finished)"],
    ["exploded", ": `exploded`"],
    [7, ": (no outcome)"],
    ["toString", ": `toString`"],
    ["constructor", ": `constructor`"],
    ["__proto__", ": `__proto__`"],
  ];
  for (const [outcome, said] of words) {
    ok(eventLine({ ...FULL, outcome }).includes(said), `${String(outcome)}: ${said}`);
  }
});

Deno.test("audit line: times from the epoch to 1e11 seconds are shown to the minute, others (before 1970 too) are no time", () => {
  strictEqual(eventLine({ at: 0 }).slice(0, 20), "• 1970-01-01 00:00Z ");
  ok(eventLine({ at: 1e11 }).startsWith("• 5138-11-16 09:46Z "), eventLine({ at: 1e11 }));
  for (const at of [1e11 + 1, -1, -1e11, NaN, Infinity, "1764880919", null]) {
    ok(eventLine({ at }).startsWith("• (no time) "), String(at));
  }
});

Deno.test("audit line: counts are shown only as whole non-negative numbers", () => {
  for (const bad of [-1, 1.5, NaN, Infinity, 2 ** 53, "12", null]) {
    ok(!eventLine({ ...FULL, lines_read: bad }).includes(" read"), String(bad));
    ok(eventLine({ ...FULL, lines_shown: bad }).includes("· 1200 lines read · "), String(bad));
  }
  ok(eventLine({ ...FULL, lines_read: 2 ** 53 - 1 }).includes(`${2 ** 53 - 1} lines read`));
});

/** Hostile values an attacker with datastore access could store in any text field. */
const HOSTILE = [
  "<!channel>",
  "<@U0123ABCD>",
  "<#C0123ABCD|general>",
  "<https://evil.example|Open the incident>",
  "<!date^1700000000^{date}|today>",
  "*bold* _it_ ~s~ `code` ```block```",
  "a & b",
  "line\nbreak\tand\rreturn",
  "x".repeat(200),
];

Deno.test("audit line: a hostile value in any stored field reaches Slack inert", () => {
  const fields = ["actor", "action", "service", "environment", "window", "outcome", "detail"];
  for (const field of [...fields, "channel", "target"]) {
    for (const value of HOSTILE) {
      const line = eventLine({ ...FULL, [field]: value });
      const live = [...line.matchAll(/<[^>]*>/g)].map((m) => m[0]);
      const allowed = [
        "<@U0123ABCD>",
        "<#C0456DEFG>",
        "<@U0999ZZZZ>",
      ];
      for (const tag of live) ok(allowed.includes(tag), `${field}=${value}: ${tag} in ${line}`);
      ok(!/&(?!amp;|lt;|gt;)/.test(line), `bare & in ${line}`);
      ok(!/[\r\n\t]/.test(line), `a line break in ${line}`);
      const code = [...line.matchAll(/`[^`]*`/g)].map((m) => m[0]);
      ok(code.every((c) => c.length <= 2 + 80 * 5), `${field}: a field longer than 80 characters`);
      const outside = line.replace(/`[^`]*`/g, "");
      ok(!outside.includes("evil.example") && !outside.includes("{date}"), outside);
      if (fields.includes(field)) {
        ok(!outside.includes("*bold*") && !outside.includes("~s~"), `${field}: ${outside}`);
      }
    }
  }
  const long = eventLine({ ...FULL, detail: "d".repeat(81) + "TAIL" });
  ok(long.endsWith("`" + "d".repeat(80) + "`"), long);
});

Deno.test("audit line: a mention is made only of a well-formed user or channel id", () => {
  for (const id of ["U0123ABCD", "W0123ABCD", "U12"]) {
    ok(eventLine({ ...FULL, actor: id }).includes(` <@${id}> `));
    ok(eventLine({ ...FULL, target: id }).includes(` for <@${id}>:`));
  }
  for (const id of ["C0123ABCD", "G0123ABCD", "D0123ABCD"]) {
    ok(eventLine({ ...FULL, channel: id }).includes(` in <#${id}>`));
  }
  for (const id of ["u0123abcd", "U1", "U0123ABCD|x", "C0123ABCD", "invalid", " U0123ABCD"]) {
    const line = eventLine({ ...FULL, actor: id, target: id });
    ok(!line.includes(`<@${id}>`), line);
    ok(!line.includes(" for "), line);
  }
  ok(eventLine({ ...FULL, actor: "invalid" }).includes(" `invalid` `fetch_logs`"));
  ok(!eventLine({ ...FULL, channel: "U0123ABCD" }).includes(" in "));
});

// --- reading the events ---

/** A client answering apps.datastore.query from `pages` (each with the next cursor, "" last). */
function pagedClient(pages: { items: unknown; next?: unknown }[], error?: string) {
  const asked: Record<string, unknown>[] = [];
  const client = {
    call: (method: string, args: Record<string, unknown> = {}) => {
      strictEqual(method, "apps.datastore.query");
      asked.push(args);
      if (error) return Promise.resolve({ ok: false, error });
      const page = pages[asked.length - 1] ?? { items: [] };
      return Promise.resolve({
        ok: true,
        items: page.items,
        response_metadata: { next_cursor: page.next ?? "" },
      });
    },
  } as unknown as SlackClient;
  return { client, asked };
}

Deno.test("audit read: the query asks for every event, then only the fields given", () => {
  deepStrictEqual(auditQuery({}), {
    expression: "#at >= :zero",
    expression_attributes: { "#at": "at" },
    expression_values: { ":zero": 0 },
  });
  deepStrictEqual(auditQuery({ actor: "U0123ABCD", service: undefined, outcome: "refused" }), {
    expression: "#at >= :zero AND #actor = :actor AND #outcome = :outcome",
    expression_attributes: { "#at": "at", "#actor": "actor", "#outcome": "outcome" },
    expression_values: { ":zero": 0, ":actor": "U0123ABCD", ":outcome": "refused" },
  });
});

Deno.test("audit read: pages are followed to the end by their cursor, newest first, non-objects dropped", async () => {
  const { client, asked } = pagedClient([
    { items: [{ at: 5 }, null, "x", { at: 9 }], next: "c2" },
    { items: [{ at: 7 }, { at: "late" }, { at: NaN }], next: "c3" },
    { items: [{ at: 1 }] },
  ]);
  const read = await readAuditEvents(client, { service: "checkout" });
  deepStrictEqual(read.events.map((e) => e.at).slice(0, 4), [9, 7, 5, 1]);
  strictEqual(read.events.length, 6);
  strictEqual(read.complete, true);
  deepStrictEqual(asked.map((a) => [a.datastore, a.cursor, a.limit]), [
    ["audit_events", undefined, 1000],
    ["audit_events", "c2", 1000],
    ["audit_events", "c3", 1000],
  ]);
  strictEqual(asked[0].expression, "#at >= :zero AND #service = :service");
});

Deno.test("audit read: the scan stops at its page bound and says it is partial", async () => {
  strictEqual(MAX_AUDIT_PAGES, 50);
  for (const bound of [1, 2, 3]) {
    const pages = Array.from({ length: 5 }, (_, i) => ({ items: [{ at: i }], next: `c${i + 1}` }));
    const { client, asked } = pagedClient(pages);
    const read = await readAuditEvents(client, {}, bound);
    strictEqual(asked.length, bound);
    strictEqual(read.complete, false);
    strictEqual(read.events.length, bound);
    const ended = pagedClient(
      pages.slice(0, bound).map((p, i) => i === bound - 1 ? { ...p, next: "" } : p),
    );
    const whole = await readAuditEvents(ended.client, {}, bound);
    strictEqual(whole.complete, true, `the end on the last page allowed (${bound})`);
  }
  for (const next of [undefined, null, 5, ""]) {
    const { client, asked } = pagedClient([{ items: [{ at: 1 }], next }, { items: [{ at: 2 }] }]);
    strictEqual((await readAuditEvents(client, {})).complete, true);
    strictEqual(asked.length, 1, `no cursor (${String(next)}) is the end`);
  }
});

Deno.test("audit read: at most 5,000 matching events are kept while scanning, the newest", async () => {
  const pages = Array.from({ length: 7 }, (_, p) => ({
    items: Array.from({ length: 1000 }, (_, i) => ({ at: p * 1000 + i })),
    next: p < 6 ? `c${p + 1}` : "",
  }));
  const read = await readAuditEvents(pagedClient(pages).client, {});
  strictEqual(read.events.length, 5000);
  strictEqual(read.events[0].at, 6999);
  strictEqual(read.events.at(-1)?.at, 2000);
  const exactly = await readAuditEvents(
    pagedClient(pages.slice(0, 5).map((p, i) => i === 4 ? { ...p, next: "" } : p)).client,
    {},
  );
  strictEqual(exactly.events.length, 5000);
  strictEqual(exactly.events.at(-1)?.at, 0);
});

Deno.test("audit read: Slack refusing, or an answer without items, is a read error naming the store", async () => {
  await readAuditEvents(pagedClient([], "ratelimited").client, {}).then(
    () => {
      throw new Error("no error");
    },
    (error) => {
      ok(error instanceof DatastoreReadError);
      ok(
        error.message.includes("audit_events") && error.message.includes("ratelimited"),
        error.message,
      );
    },
  );
  await readAuditEvents(pagedClient([{ items: "nope" }]).client, {}).then(
    () => {
      throw new Error("no error");
    },
    (error) => {
      ok(error instanceof DatastoreReadError);
      ok(error.message.includes("the answer had no items"), error.message);
    },
  );
});

Deno.test("audit view form: every outcome an event can end with can be asked for, nothing else", () => {
  const form = {
    interactivity: { interactivity_pointer: "1.2.abc", interactor: { id: "U0123ABCD" } },
    channel_id: "C0123ABCD",
  };
  for (const outcome of ["success", "failure", "refused", "started", ""]) {
    ok(InputsSchema.safeParse({ ...form, outcome }).success, outcome);
  }
  for (const outcome of ["Success", "ok", "toString", "success "]) {
    ok(!InputsSchema.safeParse({ ...form, outcome }).success, outcome);
  }
});
