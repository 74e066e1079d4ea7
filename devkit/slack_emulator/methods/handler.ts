// The shape of one Web API method implementation.
import type { Args } from "../args.ts";
import type { Workspace } from "../state.ts";

/** Returns the success body (without `ok`); throws SlackError for `ok:false` answers. */
export type MethodHandler = (args: Args, workspace: Workspace) => Record<string, unknown>;
