/** Equivalent mutants in functions/ and core/sources/http.ts (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

/**
 * post_debug_report's own input issues have lower-case messages and no params, so
 * describeInputError (functions/input_errors.ts) words them from the message alone and never
 * reads their code; nothing else reads the issues.
 */
const ISSUE_CODE_UNREAD =
  "the issue's code is never read: its message is lower-case and it has no `worded` param, so describeInputError words it from the message alone";

const POST_INPUTS = "functions/post_debug_report/inputs.ts";
const REPORT_ACTIONS = "functions/post_debug_report/report_actions.ts";

/** A best-effort call made with an empty id, whose refusal is caught and dropped. */
const EMPTY_ID_CALL =
  "the call it lets through is made with an empty id, which Slack refuses (invalid_arguments); the catch around it drops the refusal, and nothing shown, stored or audited changes";

export const FUNCTIONS_EQUIVALENTS: readonly Equivalent[] = [
  {
    file: POST_INPUTS,
    line: 'code: "custom",',
    original: '"custom"',
    replacement: '""',
    reason: ISSUE_CODE_UNREAD,
  },
  {
    file: POST_INPUTS,
    line: 'if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["lines_read"] });',
    original: '"custom"',
    replacement: '""',
    reason: ISSUE_CODE_UNREAD +
      " (accountProblem's messages all start lower-case)",
  },
  {
    file: POST_INPUTS,
    line:
      "if (inputs.lines_read === undefined || inputs.lines_matched === undefined) return undefined;",
    original: "||",
    replacement: "&&",
    reason:
      "lineAccountOf is called only on parsed inputs, and the schema refuses lines_read without lines_matched and the reverse: both are given or neither, where || and && agree",
  },
  {
    file: REPORT_ACTIONS,
    line: "session = item ? readSessionItem(item) : undefined;",
    original: "item",
    replacement: "true",
    reason:
      "readSessionItem(undefined) is a failed safeParse, so undefined: the same as the branch it replaces",
  },
  {
    file: REPORT_ACTIONS,
    line: 'if (triggerId !== "") await deleteTrigger(client, triggerId);',
    original: 'triggerId !== ""',
    replacement: "true",
    reason: EMPTY_ID_CALL,
  },
  {
    file: REPORT_ACTIONS,
    line: 'if (session.trigger_id !== "") await deleteTrigger(client, session.trigger_id);',
    original: 'session.trigger_id !== ""',
    replacement: "true",
    reason: EMPTY_ID_CALL,
  },
  {
    file: REPORT_ACTIONS,
    line: 'if (session.execution_id === "") return;',
    original: 'session.execution_id === ""',
    replacement: "false",
    reason: EMPTY_ID_CALL,
  },
  {
    file: "functions/fetch_logs/fetch_logs.ts",
    line: "const refusal = request.delivery === undefined",
    original: "request.delivery === undefined",
    replacement: "false",
    reason:
      'deliveryRefusal returns undefined for any delivery but "channel", undefined included: the branch it skips gives the same undefined',
  },
  // core/sources/config.ts: fetch_logs's sources config.
  ...[["127.0.0.1", 42], ["localhost", 66]].map(([host, column]) => ({
    file: "core/sources/config.ts",
    line: 'z.array(z.union([hostName(), z.literal("127.0.0.1"), z.literal("localhost")])).check(',
    original: `"${host}"`,
    replacement: '""',
    column: column as number,
    reason: `${host} is a host name by hostName's pattern as well: the union accepts it either way`,
  })),
  // The whole config's rules (its superRefine): each issue's `code: "custom"`.
  ...[
    { line: 'code: "custom",', after: "ctx.addIssue({" },
    {
      line:
        'ctx.addIssue({ code: "custom", path: ["sources", index, "baseUrl"], message: problem });',
      after: "if (problem) {",
    },
  ].map(({ line, after }) => ({
    file: "core/sources/config.ts",
    line,
    after,
    original: '"custom"',
    replacement: '""',
    reason:
      "loadSourcesConfig reports each issue of the whole config's schema by its path and message only, and the schema is not exported: no caller sees the code",
  })),
];
