/**
 * The hosts a sources config may reach: allowedHosts (host names, or 127.0.0.1 and localhost;
 * at most 20), which hosts are loopback (never an outgoing domain), what a base URL may be, and
 * the backends a config lists (at most 20), with the hint for a backend it does not list.
 */
import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import {
  addBackendHint,
  allowedHostsSchema,
  BACKEND_EXPORTS,
  baseUrlProblem,
  isLoopbackHost,
  loadSourcesConfig,
} from "./config.ts";
import { EVERY_BACKEND } from "./every_backend.ts";

Deno.test("allowed hosts: host names, 127.0.0.1 and localhost, at most 20", () => {
  const accepts = (hosts: string[]) => allowedHostsSchema().safeParse(hosts).success;
  strictEqual(accepts(["127.0.0.1", "localhost", "logs.example.com"]), true);
  strictEqual(accepts(["LOCALHOST"]), false);
  strictEqual(accepts(["::1"]), false);
  strictEqual(accepts(Array.from({ length: 20 }, (_, i) => `h${i}.example.com`)), true);
  strictEqual(accepts(Array.from({ length: 21 }, (_, i) => `h${i}.example.com`)), false);
});

Deno.test("allowed hosts: loopback is 127.0.0.0/8, ::1 and localhost, in any case or brackets", () => {
  for (
    const host of ["localhost", "LocalHost", "::1", "[::1]", "127.0.0.1", "127.255.255.255"]
  ) strictEqual(isLoopbackHost(host), true, host);
  for (
    const host of [
      "127.0.0.1000",
      "127.0.0.1.example.com",
      "x127.0.0.1",
      "128.0.0.1",
      "localhost.example.com",
      "[::2]",
      "lo[calhost", // brackets only around the whole host
      "local]host",
      "",
    ]
  ) strictEqual(isLoopbackHost(host), false, host);
});

Deno.test("allowed hosts: a base URL is https on an allowed host, plain http only on loopback", () => {
  const allowed = ["logs.example.com", "127.0.0.1", "localhost"];
  strictEqual(baseUrlProblem("https://logs.example.com/api", allowed), undefined);
  strictEqual(baseUrlProblem("https://LOGS.example.com", allowed), undefined);
  strictEqual(baseUrlProblem("http://127.0.0.1:8080", allowed), undefined);
  strictEqual(baseUrlProblem("http://localhost:8080", allowed), undefined);
  strictEqual(baseUrlProblem("not a url", allowed), "is not a URL");
  ok(baseUrlProblem("http://logs.example.com", allowed)?.startsWith("must use https"));
  ok(baseUrlProblem("ftp://logs.example.com", allowed)?.startsWith("must use https"));
  ok(baseUrlProblem("https://u:p@logs.example.com", allowed)?.startsWith("must not contain"));
  ok(baseUrlProblem("https://u@logs.example.com", allowed)?.startsWith("must not contain"));
  strictEqual(
    baseUrlProblem("https://other.example.com", allowed),
    "host other.example.com is not in allowedHosts; add it there (it becomes an outgoing domain)",
  );
});

Deno.test("allowed hosts: a config lists at most 20 backends, and a hint names each one's import", () => {
  const config = (backends: unknown[]) => ({
    backends,
    allowedHosts: ["127.0.0.1"],
    sources: [{
      name: "loki",
      kind: "loki",
      baseUrl: "http://127.0.0.1:3100",
      auth: { type: "none" },
      environments: ["prod"],
      services: { checkout: { labels: { service_name: "checkout" } } },
    }],
    defaultSource: "loki",
  });
  const twenty = Array.from({ length: 20 }, (_, i) => EVERY_BACKEND[i % EVERY_BACKEND.length]);
  strictEqual(loadSourcesConfig(config(twenty)).sources.length, 1);
  throws(() => loadSourcesConfig(config([...twenty, EVERY_BACKEND[0]])), /backends: a list/);
  const exports = {
    loki: "loki",
    elasticsearch: "elasticsearch",
    datadog: "datadog",
    clickhouse: "clickhouse",
    cloudwatch: "cloudwatch",
    generic_json: "genericJson",
  } as const;
  // Every kind's adapter, as the table lists it (the hint writes the name from the kind).
  deepStrictEqual(BACKEND_EXPORTS, exports);
  for (const [kind, name] of Object.entries(exports)) {
    strictEqual(
      addBackendHint(kind as keyof typeof exports),
      `import { ${name} } from "../core/sources/${kind}.ts" at the top of config/sources.ts ` +
        `and list ${name} in backends`,
    );
  }
});
