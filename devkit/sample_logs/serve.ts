/**
 * `deno task sample-logs [--port N] [--token T]`: the sample log service on its own, for
 * `slack run` (README, "Run locally with `slack run`"). Prints the two lines to put in `.env`
 * (fetch_logs then reads the sample source, devkit/sample_logs/source.ts) and serves until Ctrl-C.
 */
import { SAMPLE_LOGS_TOKEN_ENV, SAMPLE_LOGS_URL_ENV } from "./env_names.ts";
import { SAMPLE_ENVIRONMENTS, startSampleLogService } from "./mod.ts";
import { LOCAL_SAMPLE_FLAG } from "./source.ts";

/** The port unless --port gives another (0: any free port). */
export const DEFAULT_PORT = 7357;

const USAGE = `deno task sample-logs [--port N] [--token T]

Serves the sample log service (realistic logs seeded with FAKE secrets) on 127.0.0.1 until
Ctrl-C, and prints the SAMPLE_LOGS_URL and SAMPLE_LOGS_TOKEN lines for .env, for slack run.
  --port N    the port, 1 to 65535, or 0 for any free one (default ${DEFAULT_PORT})
  --token T   the bearer token to accept, 16 to 128 of A-Z a-z 0-9 _ - (default: a new random
              one; pass the one in your .env to keep it across restarts)
  --help      this text`;

export interface ServeOptions {
  port: number;
  token?: string;
  help?: true;
}

/** `--name value` / `--name=value`; throws with what is wrong. */
export function parseServeArgs(args: readonly string[]): ServeOptions {
  const options: ServeOptions = { port: DEFAULT_PORT };
  for (let i = 0; i < args.length && i < 16; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(args[i]);
    if (!match) throw new Error(`unexpected argument "${args[i].slice(0, 40)}"`);
    const [, name, inline] = match;
    if (name === "help") {
      options.help = true;
      continue;
    }
    if (name !== "port" && name !== "token") throw new Error(`unknown flag --${name}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    if (name === "port") {
      if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
        throw new Error("--port must be a whole number from 0 to 65535");
      }
      options.port = Number(value);
    } else {
      if (!/^[A-Za-z0-9_-]{16,128}$/.test(value)) {
        throw new Error("--token must be 16 to 128 of A-Z a-z 0-9 _ -");
      }
      options.token = value;
    }
  }
  return options;
}

async function main(args: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseServeArgs(args);
  } catch (error) {
    console.error(`sample-logs: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  let service;
  try {
    service = await startSampleLogService({ port: options.port, token: options.token });
  } catch (error) {
    if (error instanceof Deno.errors.AddrInUse) {
      console.error(`sample-logs: port ${options.port} is in use; pass another with --port N`);
      return 1;
    }
    throw error;
  }
  const stopped = new Promise<void>((resolve) => {
    Deno.addSignalListener("SIGINT", resolve);
    if (Deno.build.os !== "windows") Deno.addSignalListener("SIGTERM", resolve);
  });
  console.log(
    `Sample log service (fake logs, fake secrets) on ${service.url}; Ctrl-C stops it.\n` +
      "For `slack run`, put these lines in .env (and restart `slack run` after changing it):\n\n" +
      `${SAMPLE_LOGS_URL_ENV}=${service.url}\n` +
      `${SAMPLE_LOGS_TOKEN_ENV}=${service.token}\n\n` +
      `then, in another terminal: ${LOCAL_SAMPLE_FLAG}=1 slack run\n` +
      `Services: ${service.services.join(", ")}; environments: ${SAMPLE_ENVIRONMENTS.join(", ")}.`,
  );
  await stopped;
  await service.stop();
  console.log("Sample log service stopped.");
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
