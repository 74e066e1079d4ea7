// The seeded workspace the emulator starts from: team, bot identity, users, channels with their
// members, user groups and a few pre-existing messages. JSON on disk, validated with zod.
import * as z from "zod";

const slackId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}[A-Z0-9]{8,}$`), `a Slack id starting with ${prefix}`);

const workspaceFixtureSchema = z.object({
  team: z.object({ id: slackId("T"), name: z.string().min(1), domain: z.string().min(1) }),
  bot: z.object({
    user_id: slackId("U"),
    bot_id: slackId("B"),
    app_id: slackId("A"),
    token: z.string().regex(/^xoxb-[A-Za-z0-9-]{10,}$/, "a bot token (xoxb-…)"),
    scopes: z.array(z.string()).max(100),
  }),
  users: z.array(z.object({
    id: slackId("U"),
    name: z.string().min(1),
    real_name: z.string(),
    email: z.string().email(),
    tz: z.string(),
    is_bot: z.boolean().optional(),
    deleted: z.boolean().optional(),
  })).max(1000),
  channels: z.array(z.object({
    id: slackId("C"),
    name: z.string().regex(/^[a-z0-9_-]{1,80}$/),
    is_private: z.boolean(),
    is_archived: z.boolean().optional(),
    members: z.array(slackId("U")).max(10_000),
  })).max(1000),
  usergroups: z.array(z.object({
    id: slackId("S"),
    handle: z.string().min(1),
    name: z.string().min(1),
    disabled: z.boolean().optional(),
    users: z.array(slackId("U")).max(10_000),
  })).max(100),
  messages: z.array(z.object({
    channel: slackId("C"),
    ts: z.string().regex(/^\d{10}\.\d{6}$/),
    user: slackId("U"),
    text: z.string(),
  })).max(1000),
});

export type WorkspaceFixture = z.infer<typeof workspaceFixtureSchema>;

/** The fixture shipped next to this file: a demo team with an on-call group and #prod-debug. */
export const defaultWorkspacePath = new URL("./workspace.json", import.meta.url);

/** Validates an already-parsed fixture; throws with the zod issues if it does not fit. */
export function parseWorkspaceFixture(value: unknown): WorkspaceFixture {
  const parsed = workspaceFixtureSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(
      `Slack emulator workspace fixture is invalid; fix these fields: ${
        z.prettifyError(parsed.error)
      }`,
    );
  }
  return parsed.data;
}

/** Reads and validates a fixture file (default: devkit/slack_emulator/workspace.json). */
export async function loadWorkspaceFixture(
  path: string | URL = defaultWorkspacePath,
): Promise<WorkspaceFixture> {
  const text = await Deno.readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Slack emulator workspace fixture ${path} is not JSON: ${error}`);
  }
  return parseWorkspaceFixture(json);
}
