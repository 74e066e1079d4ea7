/**
 * The Alertmanager relay: `deno task relay --config relay.json` (the task is `deno run --allow-net
 * --allow-env --allow-read relay/main.ts`). Reads and validates the config (errors name the
 * field), reads the signing secret (and the optional inbound token) from the variables the config
 * names, and serves until SIGINT or SIGTERM, which let the requests in flight finish.
 */
import { readRelayConfig } from "./config.ts";
import { createRelayHandler } from "./server.ts";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

export async function main(args: string[]): Promise<number> {
  const at = args.indexOf("--config");
  const path = at >= 0 ? args[at + 1] : undefined;
  if (!path) {
    console.error("Usage: relay/main.ts --config FILE.json");
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(await Deno.readTextFile(path));
  } catch (error) {
    console.error(`Cannot read ${path} as JSON: ${(error as Error).message}`);
    return 2;
  }
  const read = readRelayConfig(json);
  if (!read.ok) {
    console.error(`${path} is not a valid relay config:\n  ${read.problems.join("\n  ")}`);
    return 2;
  }
  const config = read.config;
  const signingSecret = Deno.env.get(config.secret_env) ?? "";
  if (signingSecret.length < 32) {
    console.error(
      `secret_env: ${config.secret_env} must hold the signing secret (32+ characters).`,
    );
    return 2;
  }
  const inboundToken = config.inbound_token_env
    ? Deno.env.get(config.inbound_token_env)
    : undefined;
  if (config.inbound_token_env && !inboundToken) {
    console.error(`inbound_token_env: ${config.inbound_token_env} is not set.`);
    return 2;
  }
  const handler = createRelayHandler(config, { signingSecret, inboundToken }, {
    fetch: globalThis.fetch,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    nowMs: Date.now,
  });
  const server = Deno.serve({
    hostname: config.listen.hostname,
    port: config.listen.port,
    onListen: ({ hostname, port }) =>
      console.log(`relay: listening on http://${hostname}:${port}/`),
  }, handler);
  // Ctrl-C or a service manager's stop: finish the requests in flight, then exit 0.
  const stop = () => server.shutdown();
  for (const signal of SIGNALS) Deno.addSignalListener(signal, stop);
  await server.finished;
  for (const signal of SIGNALS) Deno.removeSignalListener(signal, stop);
  console.log("relay: stopped");
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
