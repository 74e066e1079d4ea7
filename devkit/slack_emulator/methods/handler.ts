// The shape of one Web API method implementation, and the argument lookup several methods share.
import { type Args, requiredString } from "../args.ts";
import type { EmulatedChannel, Workspace } from "../state.ts";

/** Returns the success body (without `ok`); throws SlackError for `ok:false` answers. */
export type MethodHandler = (args: Args, workspace: Workspace) => Record<string, unknown>;

/** The `channel` argument as a channel the bot can see; channel_not_found when missing. */
export function channelArg(args: Args, workspace: Workspace): EmulatedChannel {
  return workspace.visibleChannel(requiredString(args, "channel", "channel_not_found"));
}
