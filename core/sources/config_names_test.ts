/**
 * The names a sources config holds, at their bounds and anchored at both ends: hosts (Slack's
 * outgoing-domain pattern, 2 to 50 characters), source names (1 to 40) and env var names; and
 * the issues a tagged field (`auth.type`) raises, as custom issues at the field's path.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { allowedHostsSchema, lokiSchema, sourceNameSchema } from "./config.ts";

const hostOk = (host: string) => allowedHostsSchema().safeParse([host]).success;
const nameOk = (name: string) => sourceNameSchema().safeParse(name).success;

const loki = (auth: Record<string, unknown>) => ({
  name: "loki",
  kind: "loki",
  baseUrl: "https://loki.example.com",
  auth,
  environments: ["prod"],
  services: { checkout: { labels: { service_name: "checkout" } } },
});

Deno.test("config names: a host of 2 to 50 lower-case characters, the whole value", () => {
  strictEqual(hostOk("ab"), true);
  strictEqual(hostOk("a"), false);
  strictEqual(hostOk(`${"a".repeat(46)}.com`), true);
  strictEqual(hostOk(`${"a".repeat(47)}.com`), false);
  strictEqual(hostOk("logs.example.com"), true);
  strictEqual(hostOk("logs.example.com/"), false);
  strictEqual(hostOk("logs.example.com:8443"), false);
  strictEqual(hostOk(".example.com"), false);
});

Deno.test("config names: a source name of 1 to 40 characters, the whole value", () => {
  strictEqual(nameOk("a"), true);
  strictEqual(nameOk(`a${"-".repeat(39)}`), true);
  strictEqual(nameOk(`a${"-".repeat(40)}`), false);
  strictEqual(nameOk("-loki"), false);
  strictEqual(nameOk("loki!"), false);
  strictEqual(nameOk("Loki"), false);
});

Deno.test("config names: an env var name in capitals from its first character", () => {
  const envOk = (tokenEnv: string) =>
    lokiSchema().safeParse(loki({ type: "bearer", tokenEnv })).success;
  strictEqual(envOk("LOKI_TOKEN"), true);
  strictEqual(envOk("loki_TOKEN"), false);
  strictEqual(envOk("_TOKEN"), false);
  strictEqual(envOk("LOKI-TOKEN"), false);
});

Deno.test("config: a tagged field's issues are custom issues at the field's path", () => {
  const issues = (auth: Record<string, unknown>) => {
    const result = lokiSchema().safeParse(loki(auth));
    strictEqual(result.success, false);
    return result.error!.issues.map(({ code, message, path }) => ({ code, message, path }));
  };
  deepStrictEqual(issues({ type: "nope" }), [
    { code: "custom", message: "one of none, bearer, basic", path: ["auth", "type"] },
  ]);
  deepStrictEqual(issues({ type: "bearer", tokenEnv: "lower" }), [
    { code: "custom", message: "an env var name like LOKI_TOKEN", path: ["auth", "tokenEnv"] },
  ]);
});
