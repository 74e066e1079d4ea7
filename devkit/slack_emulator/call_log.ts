// The call log: one JSON line {"method","args","ok","error"} per call, args as sent minus the
// token. Written only when a file is configured (option or SLACK_EMULATOR_LOG).

export const CALL_LOG_ENV = "SLACK_EMULATOR_LOG";

export interface CallLogEntry {
  method: string;
  args: Record<string, unknown>;
  ok: boolean;
  error?: string;
}

/** The configured log file: an explicit option wins; `false` turns logging off. */
export function callLogPath(option: string | false | undefined): string | undefined {
  if (option === false) return undefined;
  if (option !== undefined) return option;
  const allowed = Deno.permissions.querySync({ name: "env", variable: CALL_LOG_ENV });
  return allowed.state === "granted" ? Deno.env.get(CALL_LOG_ENV) || undefined : undefined;
}

export class CallLog {
  constructor(private readonly path: string | undefined) {}

  record(entry: CallLogEntry): void {
    if (!this.path) return;
    const { token: _token, ...args } = entry.args;
    const line = JSON.stringify({ ...entry, args });
    Deno.writeTextFileSync(this.path, line + "\n", { append: true });
  }
}
