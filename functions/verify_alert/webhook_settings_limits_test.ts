/**
 * The webhook's settings at their exact edges: secret and API key lengths (32 to 256), the number
 * of secrets (5) and services (100), a service name's characters and length (128), and the
 * snapshot interval (1 to 1,440 minutes). Each refusal names its setting, says the accepted range
 * and never repeats the value.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { DEFAULT_SNAPSHOT_MINUTES, MIN_SECRET_CHARS, readWebhookSettings } from "./settings.ts";

const MAX_SECRET_CHARS = 256;

function accepted(env: Record<string, string>) {
  const settings = readWebhookSettings(env);
  if ("problem" in settings) throw new Error(`${JSON.stringify(env)}: ${settings.problem}`);
  return settings;
}

function refused(env: Record<string, string>, name: string, range: string): string {
  const settings = readWebhookSettings(env);
  if (!("problem" in settings)) {
    throw new Error(`${JSON.stringify(env).slice(0, 120)} was accepted`);
  }
  ok(settings.problem.startsWith(`${name} must be`), settings.problem);
  ok(settings.problem.includes(range), `${range} in ${settings.problem}`);
  ok(settings.problem.includes("nothing was fetched or posted"), settings.problem);
  for (const value of Object.values(env)) {
    for (const item of value.split(",")) {
      if (item.trim().length >= 3) ok(!settings.problem.includes(item.trim()), "value echoed");
    }
  }
  return settings.problem;
}

Deno.test("webhook settings: a signing secret of 32 to 256 characters is accepted, 31 or 257 refused", () => {
  strictEqual(MIN_SECRET_CHARS, 32);
  for (let length = MIN_SECRET_CHARS - 2; length <= MAX_SECRET_CHARS + 2; length++) {
    if (length > MIN_SECRET_CHARS + 2 && length < MAX_SECRET_CHARS - 2) continue;
    const secret = "x".repeat(length - 1) + "Q";
    const env = { ALERT_WEBHOOK_SECRETS: secret };
    if (length >= MIN_SECRET_CHARS && length <= MAX_SECRET_CHARS) {
      deepStrictEqual(accepted(env).secrets, [secret], `length ${length}`);
    } else refused(env, "ALERT_WEBHOOK_SECRETS", "1 to 5 comma-separated secrets of 32 to 256");
  }
});

Deno.test("webhook settings: one bad secret among good ones refuses the list, wherever it is", () => {
  const good = Array.from({ length: 4 }, (_, i) => `secret-${i}-`.padEnd(40, "abc"));
  for (const bad of ["y".repeat(31), "z".repeat(257)]) {
    for (let at = 0; at <= good.length; at++) {
      const list = [...good.slice(0, at), bad, ...good.slice(at)];
      refused({ ALERT_WEBHOOK_SECRETS: list.join(",") }, "ALERT_WEBHOOK_SECRETS", "32 to 256");
    }
  }
});

Deno.test("webhook settings: up to 5 secrets are accepted in order, 6 refused", () => {
  for (let count = 1; count <= 6; count++) {
    const secrets = Array.from({ length: count }, (_, i) => `rotation-${i}-`.padEnd(48, "k"));
    const env = { ALERT_WEBHOOK_SECRETS: secrets.join(" , ") };
    if (count <= 5) deepStrictEqual(accepted(env).secrets, secrets);
    else refused(env, "ALERT_WEBHOOK_SECRETS", "1 to 5");
  }
});

Deno.test("webhook settings: an API key of 32 to 256 characters is accepted, 31 or 257 refused, blank is off", () => {
  for (const length of [1, 31, 32, 33, 255, 256, 257]) {
    const key = "K".repeat(length);
    const env = { ALERT_WEBHOOK_API_KEY: `  ${key} ` };
    if (length >= 32 && length <= 256) strictEqual(accepted(env).apiKey, key, `length ${length}`);
    else refused(env, "ALERT_WEBHOOK_API_KEY", "32 to 256 characters");
  }
  for (const blank of ["", "   "]) {
    ok(!("apiKey" in accepted({ ALERT_WEBHOOK_API_KEY: blank })), `blank ${JSON.stringify(blank)}`);
  }
});

Deno.test("webhook settings: up to 100 services are accepted, 101 refused", () => {
  for (const count of [1, 99, 100, 101]) {
    const services = Array.from({ length: count }, (_, i) => `svc-${i}`);
    const env = { ALERT_WEBHOOK_SERVICES: services.join(",") };
    if (count <= 100) deepStrictEqual([...accepted(env).services], services);
    else refused(env, "ALERT_WEBHOOK_SERVICES", "at most 100 service names");
  }
});

Deno.test("webhook settings: a service name starts with a letter or digit, then up to 127 of letters, digits and . _ : / -", () => {
  const later = ["a", "Z", "0", "9", ".", "_", ":", "/", "-"];
  const first = ["a", "z", "A", "Z", "0", "9"];
  for (const f of first) {
    for (const c of later) {
      const name = `${f}${c}${c}`;
      deepStrictEqual([...accepted({ ALERT_WEBHOOK_SERVICES: name }).services], [name]);
    }
  }
  for (const f of [".", "_", ":", "/", "-"]) {
    refused({ ALERT_WEBHOOK_SERVICES: `${f}gateway` }, "ALERT_WEBHOOK_SERVICES", "service names");
  }
  for (const c of [" ", "@", "*", "<", ">", "&", "é", "\u0000", "|", "`"]) {
    refused({ ALERT_WEBHOOK_SERVICES: `gate${c}way` }, "ALERT_WEBHOOK_SERVICES", "service names");
    if (c.trim() !== "") {
      refused({ ALERT_WEBHOOK_SERVICES: `gateway${c}` }, "ALERT_WEBHOOK_SERVICES", "service names");
    }
  }
  for (const shortest of ["a", "Z", "7"]) {
    deepStrictEqual([...accepted({ ALERT_WEBHOOK_SERVICES: shortest }).services], [shortest]);
  }
  const longest = "g" + "x".repeat(127);
  deepStrictEqual([...accepted({ ALERT_WEBHOOK_SERVICES: longest }).services], [longest]);
  refused({ ALERT_WEBHOOK_SERVICES: longest + "x" }, "ALERT_WEBHOOK_SERVICES", "service names");
});

Deno.test("webhook settings: the snapshot interval is a whole number from 1 to 1440 minutes, default 10", () => {
  strictEqual(DEFAULT_SNAPSHOT_MINUTES, 10);
  for (const blank of ["", "  "]) {
    strictEqual(accepted({ ALERT_SNAPSHOT_MINUTES: blank }).snapshotMinutes, 10);
  }
  for (const minutes of [1, 2, 59, 1439, 1440]) {
    strictEqual(accepted({ ALERT_SNAPSHOT_MINUTES: ` ${minutes} ` }).snapshotMinutes, minutes);
  }
  for (const text of ["0", "-1", "1441", "100000", "1.5", "ten", "NaN", "Infinity"]) {
    const problem = refused(
      { ALERT_SNAPSHOT_MINUTES: text },
      "ALERT_SNAPSHOT_MINUTES",
      "from 1 to 1440",
    );
    ok(problem.includes("or unset (10)"), problem);
  }
});
