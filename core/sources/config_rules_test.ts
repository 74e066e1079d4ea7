/**
 * The rules a whole sources config is held to, one at a time, with the error each gives (path
 * and words): 1 to 20 sources, at most 10 outgoing domains, a base URL or its env name, a default
 * window no longer than the longest, the backends listed (each a backend, at most 20, the first
 * of a kind counts), a kind with no backend listed, and at most three issues in one error.
 */
import { strictEqual, throws } from "@node/assert";
import { loadSourcesConfig } from "./config.ts";
import { EVERY_BACKEND } from "./every_backend.ts";
import { loki as lokiBackend } from "./loki.ts";

const source = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: "loki",
  baseUrl: "https://loki.example.com",
  auth: { type: "none" },
  environments: ["prod"],
  services: { checkout: { labels: { service_name: "checkout" } } },
  ...extra,
});
const config = (extra: Record<string, unknown> = {}) => ({
  backends: EVERY_BACKEND,
  allowedHosts: ["loki.example.com"],
  sources: [source("loki")],
  defaultSource: "loki",
  ...extra,
});
const load = (extra: Record<string, unknown> = {}) => loadSourcesConfig(config(extra));

Deno.test("config rules: 1 to 20 sources", () => {
  throws(() => load({ sources: [] }), /^Error: Invalid sources config: sources: Too small/);
  const many = (n: number) => Array.from({ length: n }, (_, i) => source(`s${i}`));
  strictEqual(load({ sources: many(20), defaultSource: "s0" }).sources.length, 20);
  throws(() => load({ sources: many(21), defaultSource: "s0" }), /sources: Too big: at most 20/);
});

Deno.test("config rules: at most 10 outgoing domains, loopback hosts apart", () => {
  const hosts = (n: number) => Array.from({ length: n }, (_, i) => `h${i}.example.com`);
  const withHosts = (list: string[]) => load({ allowedHosts: ["loki.example.com", ...list] });
  strictEqual(withHosts([...hosts(9), "127.0.0.1", "localhost"]).allowedHosts.length, 12);
  throws(
    () => withHosts(hosts(10)),
    /^Error: Invalid sources config: allowedHosts: Slack allows at most 10 outgoing domains$/,
  );
});

Deno.test("config rules: a base URL or its env name, on an allowed host", () => {
  throws(
    () => load({ sources: [source("loki", { baseUrl: undefined })] }),
    /^Error: Invalid sources config: sources\[0\]\.baseUrl: give baseUrl or baseUrlEnv$/,
  );
  strictEqual(
    load({ sources: [source("loki", { baseUrl: undefined, baseUrlEnv: "LOKI_URL" })] })
      .sources[0].baseUrlEnv,
    "LOKI_URL",
  );
  throws(
    () => load({ sources: [source("loki", { baseUrl: "https://other.example.com" })] }),
    /^Error: Invalid sources config: sources\[0\]\.baseUrl: host other\.example\.com is not/,
  );
});

Deno.test("config rules: a default window up to the longest window, not past it", () => {
  strictEqual(
    load({ sources: [source("loki", { defaultWindow: "2h", maxWindow: "2h" })] }).sources[0]
      .defaultWindow,
    "2h",
  );
  throws(
    () => load({ sources: [source("loki", { defaultWindow: "3h", maxWindow: "2h" })] }),
    /^Error: Invalid sources config: sources\[0\]\.defaultWindow: longer than maxWindow$/,
  );
});

Deno.test("config rules: the backends listed: each a backend, at most 20, the first of a kind counts", () => {
  const twenty = Array.from({ length: 20 }, () => lokiBackend);
  strictEqual(load({ backends: twenty }).backends.length, 1);
  throws(
    () => load({ backends: [...twenty, lokiBackend] }),
    /^Error: Invalid sources config: backends: a list of the backends your sources use, e\.g\. \[loki\]; import \{ loki \} from "\.\.\/core\/sources\/loki\.ts"/,
  );
  const notBackend =
    /^Error: Invalid sources config: backends\[1\]: not a backend; import each from core\/sources\/<kind>\.ts \(loki, elasticsearch, datadog, clickhouse, cloudwatch, generic_json\)$/;
  throws(() => load({ backends: [lokiBackend, { kind: "loki" }] }), notBackend);
  throws(
    () => load({ backends: [lokiBackend, { kind: "splunk", configSchema() {} }] }),
    notBackend,
  );
  throws(() => load({ backends: [lokiBackend, { kind: 1, configSchema() {} }] }), notBackend);
  // A second backend of a kind is not the one used.
  const decoy = { kind: "loki", configSchema: () => lokiBackend.configSchema() };
  strictEqual(load({ backends: [lokiBackend, decoy] }).backends[0], lokiBackend);
});

Deno.test("config rules: a kind with no backend listed says what to add; an unknown kind lists them", () => {
  throws(
    () => load({ backends: [lokiBackend], sources: [source("loki", { kind: "datadog" })] }),
    /sources\[0\]\.kind: no datadog backend is given: import \{ datadog \}/,
  );
  throws(
    () => load({ backends: [lokiBackend], sources: [source("loki", { kind: "splunk" })] }),
    /sources\[0\]\.kind: one of loki, elasticsearch, datadog, clickhouse, cloudwatch, generic_json$/,
  );
});

Deno.test("config rules: one error names at most three issues", () => {
  const bad = source("loki", { maxLines: 0, pageSize: 0, maxPages: 0, maxBytes: 0 });
  let message = "";
  try {
    load({ sources: [bad] });
  } catch (error) {
    message = (error as Error).message;
  }
  strictEqual(message.split("; ").length, 3, message);
  strictEqual(message.startsWith("Invalid sources config: sources[0].maxLines: "), true, message);
});

Deno.test("config rules: an issue with no path is named as the config's", () => {
  const notAnObject = Object.assign([], { backends: EVERY_BACKEND });
  throws(
    () => loadSourcesConfig(notAnObject),
    /^Error: Invalid sources config: \(config\): Invalid input: expected object, received array$/,
  );
});
