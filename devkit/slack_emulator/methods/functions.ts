// functions.completeSuccess and functions.completeError: finish a registered execution once.
import { isPlainObject, requiredJson, requiredString, SlackError } from "../args.ts";
import type { FunctionCompletion, Workspace } from "../state.ts";
import type { MethodHandler } from "./handler.ts";

function complete(workspace: Workspace, completion: FunctionCompletion): Record<string, never> {
  const status = workspace.executions.get(completion.function_execution_id);
  if (status === undefined) {
    throw new SlackError(
      "function_execution_not_found",
      "[ERROR] unknown function_execution_id; register the execution with the emulator first",
    );
  }
  if (status === "completed") {
    throw new SlackError(
      "execution_not_in_running_state",
      "[ERROR] this function execution has already completed",
    );
  }
  workspace.executions.set(completion.function_execution_id, "completed");
  workspace.completions.push(completion);
  return {};
}

export const functionMethods: Record<string, MethodHandler> = {
  "functions.completeSuccess": (args, workspace) => {
    const function_execution_id = requiredString(args, "function_execution_id");
    const outputs = requiredJson(args, "outputs");
    if (!isPlainObject(outputs)) {
      throw new SlackError("invalid_arguments", "[ERROR] outputs must be an object");
    }
    return complete(workspace, { function_execution_id, outputs });
  },
  "functions.completeError": (args, workspace) => {
    const function_execution_id = requiredString(args, "function_execution_id");
    const error = requiredString(args, "error");
    return complete(workspace, { function_execution_id, error });
  },
};
