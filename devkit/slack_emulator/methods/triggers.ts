// workflows.triggers.create|delete|list, and the firing of scheduled triggers as time advances.
import {
  isPlainObject,
  optionalJson,
  optionalString,
  requiredJson,
  requiredString,
  SlackError,
} from "../args.ts";
import { occurrence, parseSchedule, type Schedule } from "../schedule.ts";
import type { EmulatedTrigger, Workspace } from "../state.ts";
import type { MethodHandler } from "./handler.ts";

const TRIGGER_TYPES = ["shortcut", "scheduled", "event", "webhook"];
const WORKFLOW_REFERENCE = /^#\/workflows\/([A-Za-z0-9_-]{1,100})$/;
const MAX_TRIGGERS = 1000;
export const MAX_FIRINGS_PER_ADVANCE = 10_000;

/** A scheduled trigger that came due: the runner starts `workflow` with `inputs`. */
export interface TriggerFiring {
  trigger_id: string;
  /** As given to workflows.triggers.create, e.g. "#/workflows/purge_reports". */
  workflow: string;
  /** The workflow's callback_id, e.g. "purge_reports". */
  callback_id: string;
  /** Trigger inputs unwrapped from `{ name: { value } }` to `{ name: value }`. */
  inputs: Record<string, unknown>;
  /** Epoch ms the run was scheduled for. */
  scheduled_time_ms: number;
}

const schedules = new WeakMap<EmulatedTrigger, Schedule>();

function readInputs(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (
    !isPlainObject(value) ||
    !Object.values(value).every((input) => isPlainObject(input) && "value" in input)
  ) {
    throw new SlackError("invalid_arguments", "[ERROR] inputs must look like { name: { value } }");
  }
  return value;
}

function triggerBody(trigger: EmulatedTrigger, workspace: Workspace): Record<string, unknown> {
  const callback_id = WORKFLOW_REFERENCE.exec(trigger.workflow)?.[1];
  return {
    id: trigger.id,
    type: trigger.type,
    name: trigger.name,
    ...(trigger.description ? { description: trigger.description } : {}),
    workflow: { callback_id, app_id: workspace.fixture.bot.app_id },
    inputs: trigger.inputs,
    ...(trigger.schedule ? { schedule: trigger.schedule } : {}),
    ...(trigger.type === "shortcut"
      ? { shortcut_url: `https://slack.com/shortcuts/${trigger.id}/emulated` }
      : {}),
    ...(trigger.type === "webhook" ? { webhook_url: workspace.webhooks.urlOf(trigger.id) } : {}),
  };
}

const create: MethodHandler = (args, workspace) => {
  const type = requiredString(args, "type");
  if (!TRIGGER_TYPES.includes(type)) {
    throw new SlackError("invalid_arguments", `[ERROR] type must be one of ${TRIGGER_TYPES}`);
  }
  const name = requiredString(args, "name");
  const workflow = requiredString(args, "workflow");
  if (!WORKFLOW_REFERENCE.test(workflow)) {
    throw new SlackError(
      "invalid_arguments",
      "[ERROR] workflow must be '#/workflows/<callback_id>'",
    );
  }
  if (workspace.triggers.size >= MAX_TRIGGERS) {
    throw new SlackError(
      "invalid_arguments",
      `[ERROR] the emulator holds ${MAX_TRIGGERS} triggers`,
    );
  }
  const trigger: EmulatedTrigger = {
    id: workspace.newId("Ft"),
    type,
    name,
    description: optionalString(args, "description"),
    workflow,
    inputs: readInputs(optionalJson(args, "inputs")),
    runs: 0,
  };
  if (type === "webhook" && args.webhook !== undefined) {
    throw new SlackError("invalid_arguments", "[ERROR] webhook filters are not emulated");
  }
  if (type === "scheduled") {
    const schedule = requiredJson(args, "schedule");
    const parsed = parseSchedule(schedule, workspace.clock.now());
    trigger.schedule = schedule as Record<string, unknown>;
    trigger.next_run_ms = parsed.startMs;
    schedules.set(trigger, parsed);
  }
  workspace.triggers.set(trigger.id, trigger);
  if (type === "webhook") workspace.webhooks.register(trigger, workspace.fixture.team.id);
  return { trigger: triggerBody(trigger, workspace) };
};

const remove: MethodHandler = (args, workspace) => {
  const id = requiredString(args, "trigger_id");
  if (!workspace.triggers.delete(id)) {
    throw new SlackError("trigger_not_found", "[ERROR] no trigger with that id");
  }
  return {};
};

const list: MethodHandler = (_args, workspace) => ({
  triggers: [...workspace.triggers.values()].map((trigger) => triggerBody(trigger, workspace)),
});

export const triggerMethods: Record<string, MethodHandler> = {
  "workflows.triggers.create": create,
  "workflows.triggers.delete": remove,
  "workflows.triggers.list": list,
};

function unwrapInputs(inputs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => [name, (input as { value: unknown }).value]),
  );
}

/**
 * The scheduled runs due by `untilMs`, oldest first; marks them as run. Throws (changing
 * nothing) if more than MAX_FIRINGS_PER_ADVANCE would fire.
 */
export function takeDueFirings(workspace: Workspace, untilMs: number): TriggerFiring[] {
  const due: { trigger: EmulatedTrigger; at: number; index: number }[] = [];
  for (const trigger of workspace.triggers.values()) {
    const schedule = schedules.get(trigger);
    if (!schedule) continue;
    for (let index = trigger.runs;; index++) {
      const at = occurrence(schedule, index);
      if (at === undefined || at > untilMs) break;
      if (due.length >= MAX_FIRINGS_PER_ADVANCE) {
        throw new RangeError(
          `advancing that far would fire more than ${MAX_FIRINGS_PER_ADVANCE} scheduled runs; ` +
            "advance in smaller steps",
        );
      }
      due.push({ trigger, at, index });
    }
  }
  due.sort((a, b) => a.at - b.at);
  for (const { trigger, index } of due) {
    trigger.runs = index + 1;
    trigger.next_run_ms = occurrence(schedules.get(trigger) as Schedule, trigger.runs);
  }
  return due.map(({ trigger, at }) => ({
    trigger_id: trigger.id,
    workflow: trigger.workflow,
    callback_id: WORKFLOW_REFERENCE.exec(trigger.workflow)?.[1] ?? "",
    inputs: unwrapInputs(trigger.inputs),
    scheduled_time_ms: at,
  }));
}
