/** The sample source is added to the team's as the default, on loopback only, and never clashes silently. */
import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { loadSourcesConfig, outgoingDomains } from "../../core/sources/mod.ts";
import { loki } from "../../core/sources/loki.ts";
import { SAMPLE_SERVICES } from "./services.ts";
import { SAMPLE_ENVIRONMENTS } from "./mod.ts";
import {
  SAMPLE_LOGS_HOST,
  SAMPLE_SOURCE_NAME,
  SAMPLE_SOURCES_CONFIG,
  sampleLogsUrlProblem,
  withSampleSource,
} from "./source.ts";

const LOKI = {
  name: "loki",
  kind: "loki",
  baseUrl: "https://loki.example.com",
  auth: { type: "none" },
  environments: ["prod"],
  services: { checkout: { labels: { service_name: "checkout" } } },
};
const TEAM = loadSourcesConfig({
  backends: [loki],
  defaultSource: "loki",
  allowedHosts: ["loki.example.com"],
  fetchBudgetMs: 6000,
  sources: [LOKI],
});

Deno.test("the sample source alone: every service and environment the sample service has, on loopback", () => {
  strictEqual(SAMPLE_SOURCES_CONFIG.defaultSource, SAMPLE_SOURCE_NAME);
  deepStrictEqual(SAMPLE_SOURCES_CONFIG.allowedHosts, [SAMPLE_LOGS_HOST]);
  deepStrictEqual(
    outgoingDomains(SAMPLE_SOURCES_CONFIG),
    [],
    "loopback is never an outgoing domain",
  );
  const [sample] = SAMPLE_SOURCES_CONFIG.sources;
  deepStrictEqual(Object.keys(sample.services).sort(), Object.keys(SAMPLE_SERVICES).sort());
  deepStrictEqual(sample.environments, SAMPLE_ENVIRONMENTS);
});

Deno.test("withSampleSource: the team's sources kept, the sample added as the default", () => {
  const local = withSampleSource(TEAM);
  deepStrictEqual(local.sources.map((source) => source.name), ["loki", SAMPLE_SOURCE_NAME]);
  strictEqual(local.defaultSource, SAMPLE_SOURCE_NAME);
  deepStrictEqual(local.allowedHosts, ["loki.example.com", SAMPLE_LOGS_HOST]);
  strictEqual(local.fetchBudgetMs, 6000, "the team's budget applies to every source");
  deepStrictEqual(local.sources[0], TEAM.sources[0]);
  deepStrictEqual(TEAM.sources.length, 1, "the team's config is not changed");
  const already = loadSourcesConfig({ ...TEAM, allowedHosts: ["loki.example.com", "127.0.0.1"] });
  deepStrictEqual(withSampleSource(already).allowedHosts, ["loki.example.com", "127.0.0.1"]);
});

Deno.test("withSampleSource refuses a team source named sample, and a 21st source", () => {
  const clash = loadSourcesConfig({
    ...TEAM,
    defaultSource: SAMPLE_SOURCE_NAME,
    sources: [{ ...LOKI, name: SAMPLE_SOURCE_NAME }],
  });
  throws(() => withSampleSource(clash), /sources\[1\]\.name: duplicate name/);
  const full = loadSourcesConfig({
    ...TEAM,
    sources: Array.from({ length: 20 }, (_, i) => ({ ...LOKI, name: i === 0 ? "loki" : `l${i}` })),
  });
  throws(() => withSampleSource(full), /Invalid sources config: sources/);
});

Deno.test("sampleLogsUrlProblem: only plain http on this machine", () => {
  for (const url of ["http://127.0.0.1:7357", "http://localhost:7357/", "http://[::1]:7357"]) {
    strictEqual(sampleLogsUrlProblem(url), undefined, url);
  }
  for (
    const url of [
      "https://127.0.0.1:7357",
      "http://logs.example.com",
      "http://10.0.0.5:7357",
      "http://127.0.0.1.example.com",
    ]
  ) {
    ok(sampleLogsUrlProblem(url)?.includes("must be the local sample log service"), url);
  }
  strictEqual(sampleLogsUrlProblem("127.0.0.1:7357 x"), "SAMPLE_LOGS_URL is not a URL");
});
