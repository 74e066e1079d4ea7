// The emulator's mutable workspace: channels (seeded plus DMs opened on demand), messages,
// ephemerals, function executions, triggers and opened views; and the read-only view of it
// that tests and the workflow runner assert on.
import { SlackError } from "./args.ts";
import type { VirtualClock } from "./clock.ts";
import type { DatastoreSet } from "./datastore/store.ts";
import type { Item } from "./datastore/expression.ts";
import type { WorkspaceFixture } from "./workspace.ts";
import { WebhookTriggers } from "./webhooks.ts";

export interface EmulatedChannel {
  id: string;
  name: string;
  is_private: boolean;
  is_archived: boolean;
  is_im: boolean;
  members: Set<string>;
}

export interface EmulatedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  /** Author user id: the bot user for messages the app posted. */
  user: string;
  /** Set for messages the app's bot posted. */
  bot_id?: string;
  thread_ts?: string;
  metadata?: unknown;
  edited?: { ts: string };
  deleted: boolean;
}

export interface EphemeralMessage {
  channel: string;
  /** The user the ephemeral was shown to. */
  user: string;
  message_ts: string;
  text: string;
  blocks?: unknown[];
  thread_ts?: string;
}

export interface FunctionCompletion {
  function_execution_id: string;
  outputs?: Record<string, unknown>;
  error?: string;
}

export interface EmulatedTrigger {
  id: string;
  type: string;
  name: string;
  description?: string;
  /** As given, e.g. "#/workflows/purge_reports". */
  workflow: string;
  /** As given: `{ input_name: { value } }`. */
  inputs: Record<string, unknown>;
  schedule?: Record<string, unknown>;
  /** Epoch ms of the next firing, for scheduled triggers still due to fire. */
  next_run_ms?: number;
  runs: number;
}

export interface OpenedView {
  id: string;
  view: Record<string, unknown>;
  trigger_id?: string;
  interactivity_pointer?: string;
}

const MAX_STORED_MESSAGES = 50_000;

export class Workspace {
  readonly channels = new Map<string, EmulatedChannel>();
  readonly messages = new Map<string, EmulatedMessage[]>();
  /** Every channel's messages in the order they were stored (the same objects). */
  readonly messageLog: EmulatedMessage[] = [];
  readonly ephemerals: EphemeralMessage[] = [];
  readonly completions: FunctionCompletion[] = [];
  readonly executions = new Map<string, "running" | "completed">();
  readonly triggers = new Map<string, EmulatedTrigger>();
  readonly views: OpenedView[] = [];
  /** Webhook triggers' URLs and the POSTs they accepted (webhooks.ts). */
  readonly webhooks = new WebhookTriggers();
  private lastTsMicros = 0;
  private idCounter = 0;
  private storedMessages = 0;

  constructor(
    readonly fixture: WorkspaceFixture,
    readonly clock: VirtualClock,
    readonly datastores: DatastoreSet,
  ) {
    for (const channel of fixture.channels) {
      this.channels.set(channel.id, {
        id: channel.id,
        name: channel.name,
        is_private: channel.is_private,
        is_archived: channel.is_archived ?? false,
        is_im: false,
        members: new Set(channel.members),
      });
    }
    for (const message of fixture.messages) {
      this.storeMessage({ ...message, deleted: false });
    }
  }

  get botUserId(): string {
    return this.fixture.bot.user_id;
  }

  /** A unique message timestamp ("seconds.micros") from the virtual clock. */
  nextTs(): string {
    const micros = Math.max(this.clock.now() * 1000, this.lastTsMicros + 1);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
  }

  /** A new Slack-style id, e.g. "Ft0000000001" for triggers. */
  newId(prefix: string): string {
    return `${prefix}${String(++this.idCounter).padStart(10, "0")}`;
  }

  user(id: string) {
    return this.fixture.users.find((user) => user.id === id);
  }

  /** Resolves a channel argument: an id, a name ("#prod-debug"), or a user id (opens the DM). */
  resolveChannel(reference: string): EmulatedChannel {
    const byId = this.channels.get(reference);
    if (byId) return byId;
    const name = reference.replace(/^#/, "");
    for (const channel of this.channels.values()) {
      if (!channel.is_im && channel.name === name) return channel;
    }
    if (/^U/.test(reference) && this.user(reference)) return this.openDm(reference);
    throw new SlackError("channel_not_found", "[ERROR] no channel with that id or name");
  }

  /** A channel the bot may see: private channels it is not in look like they don't exist. */
  visibleChannel(reference: string): EmulatedChannel {
    const channel = this.resolveChannel(reference);
    if (channel.is_private && !channel.members.has(this.botUserId)) {
      throw new SlackError("channel_not_found", "[ERROR] no channel with that id or name");
    }
    return channel;
  }

  private openDm(userId: string): EmulatedChannel {
    const id = `D${userId.slice(1)}`;
    const existing = this.channels.get(id);
    if (existing) return existing;
    const dm: EmulatedChannel = {
      id,
      name: userId,
      is_private: true,
      is_archived: false,
      is_im: true,
      members: new Set([userId, this.botUserId]),
    };
    this.channels.set(id, dm);
    return dm;
  }

  storeMessage(message: EmulatedMessage): void {
    if (this.storedMessages >= MAX_STORED_MESSAGES) {
      throw new SlackError(
        "message_limit_exceeded",
        `[ERROR] the emulator keeps at most ${MAX_STORED_MESSAGES} messages`,
      );
    }
    this.storedMessages++;
    this.messageLog.push(message);
    const list = this.messages.get(message.channel) ?? [];
    list.push(message);
    this.messages.set(message.channel, list);
  }

  findMessage(channelId: string, ts: string): EmulatedMessage | undefined {
    return this.messages.get(channelId)?.find((message) => message.ts === ts && !message.deleted);
  }
}

/** Read-only views for assertions; every call returns a fresh copy. */
export interface EmulatorState {
  /** Messages in a channel (id), oldest first, including deleted ones (`deleted: true`). */
  messages(channel: string): EmulatedMessage[];
  /** Every channel's messages in the order they were posted, including deleted ones. */
  allMessages(): EmulatedMessage[];
  /** Ephemeral messages, optionally only those in one channel. */
  ephemeralMessages(channel?: string): EphemeralMessage[];
  /** Live (unexpired) items of a datastore. Throws for an undeclared datastore. */
  datastoreItems(datastore: string): Item[];
  functionCompletions(): FunctionCompletion[];
  triggers(): EmulatedTrigger[];
  viewsOpened(): OpenedView[];
}

export function stateView(workspace: Workspace): EmulatorState {
  return {
    messages: (channel) => structuredClone(workspace.messages.get(channel) ?? []),
    allMessages: () => structuredClone(workspace.messageLog),
    ephemeralMessages: (channel) =>
      structuredClone(
        workspace.ephemerals.filter((m) => channel === undefined || m.channel === channel),
      ),
    datastoreItems: (datastore) => workspace.datastores.snapshot(datastore),
    functionCompletions: () => structuredClone(workspace.completions),
    triggers: () => structuredClone([...workspace.triggers.values()]),
    viewsOpened: () => structuredClone(workspace.views),
  };
}
