// A local Slack Web API emulator: a real HTTP server on 127.0.0.1 that the SDK client reaches
// through SLACK_API_URL, seeded from a workspace fixture, with virtual time, fault injection
// and an optional call log.
import { CallLog, callLogPath } from "./call_log.ts";
import { checkAdvance, VirtualClock } from "./clock.ts";
import { type DatastoreDefinition, DatastoreSet } from "./datastore/store.ts";
import { type FaultControls, Faults } from "./faults.ts";
import { chatMethods } from "./methods/chat.ts";
import { datastoreMethods } from "./methods/datastore.ts";
import { directoryMethods } from "./methods/directory.ts";
import { functionMethods } from "./methods/functions.ts";
import { historyMethods } from "./methods/history.ts";
import { takeDueFirings, type TriggerFiring, triggerMethods } from "./methods/triggers.ts";
import { viewMethods } from "./methods/views.ts";
import { createRequestHandler } from "./server.ts";
import { type EmulatorState, stateView, Workspace } from "./state.ts";
import type { WebhookControls } from "./webhooks.ts";
import { loadWorkspaceFixture, parseWorkspaceFixture, type WorkspaceFixture } from "./workspace.ts";

export type { DatastoreDefinition, EmulatorState, FaultControls, TriggerFiring, WorkspaceFixture };
export type { WebhookControls, WebhookInvocation, WebhookListener } from "./webhooks.ts";
export type {
  EmulatedMessage,
  EmulatedTrigger,
  EphemeralMessage,
  FunctionCompletion,
  OpenedView,
} from "./state.ts";
export { loadWorkspaceFixture, parseWorkspaceFixture };

export interface SlackEmulatorOptions {
  /** Default: devkit/slack_emulator/workspace.json. */
  fixture?: WorkspaceFixture;
  /** The app's datastores; calls to any other name fail with datastore_error. */
  datastores?: DatastoreDefinition[];
  /** Call log file. Default: $SLACK_EMULATOR_LOG if set; `false` disables logging. */
  logFile?: string | false;
}

export interface EmulatorIdentity {
  teamId: string;
  teamDomain: string;
  appId: string;
  botUserId: string;
}

export interface EmulatorClock {
  /** Virtual epoch ms: real time plus everything advanced so far. */
  now(): number;
  /** Moves time forward, drops expired datastore items, returns the scheduled runs now due. */
  advance(ms: number): Promise<TriggerFiring[]>;
}

export interface SlackEmulator {
  /** "http://127.0.0.1:<port>/api/": what SLACK_API_URL is set to. */
  url: string;
  /** The fixture's bot token (xoxb-…): the app's calls, held to the fixture's scopes. */
  botToken: string;
  /** What the dev kit's platform side (the workflow runner: built-in steps, interaction
   * payloads, completions it reads) calls with: Slack itself needs no scope of the app's. */
  platformToken: string;
  /** Who the app is in the seeded workspace, for payloads Slack would send it. */
  identity: EmulatorIdentity;
  state: EmulatorState;
  faults: FaultControls;
  clock: EmulatorClock;
  /** Webhook triggers: the runner attaches here to run the workflow of each accepted POST. */
  webhooks: WebhookControls;
  /** Marks an execution as running so functions.completeSuccess/completeError accept it once. */
  registerFunctionExecution(functionExecutionId: string): void;
  stop(): Promise<void>;
}

const SLACK_METHODS = {
  ...chatMethods,
  ...directoryMethods,
  ...datastoreMethods,
  ...functionMethods,
  ...historyMethods,
  ...triggerMethods,
  ...viewMethods,
};

export async function startSlackEmulator(
  options: SlackEmulatorOptions = {},
): Promise<SlackEmulator> {
  const fixture = options.fixture ?? await loadWorkspaceFixture();
  const clock = new VirtualClock();
  const datastores = new DatastoreSet(options.datastores ?? [], () => clock.now());
  const workspace = new Workspace(fixture, clock, datastores);
  const faults = new Faults();
  const platformToken = `xoxp-emulated-platform-${crypto.randomUUID()}`;
  const handler = createRequestHandler({
    workspace,
    platformToken,
    methods: SLACK_METHODS,
    faults,
    callLog: new CallLog(callLogPath(options.logFile)),
  });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, handler);
  workspace.webhooks.baseUrl = `http://127.0.0.1:${server.addr.port}`;
  return {
    url: `http://127.0.0.1:${server.addr.port}/api/`,
    botToken: fixture.bot.token,
    platformToken,
    identity: {
      teamId: fixture.team.id,
      teamDomain: fixture.team.domain,
      appId: fixture.bot.app_id,
      botUserId: fixture.bot.user_id,
    },
    state: stateView(workspace),
    faults,
    webhooks: workspace.webhooks,
    clock: {
      now: () => clock.now(),
      advance: (ms) => {
        try {
          checkAdvance(ms);
          const firings = takeDueFirings(workspace, clock.now() + ms);
          clock.moveForward(ms);
          datastores.purgeExpired();
          return Promise.resolve(firings);
        } catch (error) {
          return Promise.reject(error);
        }
      },
    },
    registerFunctionExecution: (id) => {
      if (!id) throw new RangeError("registerFunctionExecution needs a function_execution_id");
      workspace.executions.set(id, "running");
    },
    stop: () => server.shutdown(),
  };
}
