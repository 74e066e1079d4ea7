/** config/sources.ts is read by defineSources: no source yet is allowed, anything invalid is not. */
import { strictEqual, throws } from "@node/assert";
import { loki } from "../core/sources/loki.ts";
import { defineSources, type SourcesTemplate } from "./define_sources.ts";

const LOKI: SourcesTemplate["sources"][number] = {
  name: "loki",
  kind: "loki",
  baseUrl: "https://loki.example.com",
  auth: { type: "none" },
  environments: ["prod"],
  services: { checkout: { labels: { service_name: "checkout" } } },
};

Deno.test("defineSources: no source yet is undefined (fetch_logs refuses), the rest still checked", () => {
  strictEqual(defineSources({ backends: [], allowedHosts: [], sources: [] }), undefined);
  strictEqual(
    defineSources({
      backends: [],
      allowedHosts: ["loki.example.com"],
      fetchBudgetMs: 8000,
      sources: [],
    }),
    undefined,
  );
  throws(
    () => defineSources({ backends: [], allowedHosts: ["Loki.Example.com"], sources: [] }),
    /^Error: Invalid sources config: allowedHosts\[0\]: a lower-case host name/,
  );
  throws(
    () => defineSources({ backends: [], allowedHosts: [], fetchBudgetMs: 20_000, sources: [] }),
    /fetchBudgetMs: at most 8000 ms/,
  );
  throws(
    () => defineSources({ backends: [], defaultSource: "loki", allowedHosts: [], sources: [] }),
    /defaultSource: no source named "loki" \(no source is configured yet\)/,
  );
});

Deno.test("defineSources: the first source is the default unless another is named", () => {
  const second = { ...LOKI, name: "loki-eu" };
  const hosts = ["loki.example.com"];
  strictEqual(
    defineSources({ backends: [loki], allowedHosts: hosts, sources: [LOKI, second] })
      ?.defaultSource,
    "loki",
  );
  strictEqual(
    defineSources({
      backends: [loki],
      defaultSource: "loki-eu",
      allowedHosts: hosts,
      sources: [LOKI, second],
    })
      ?.defaultSource,
    "loki-eu",
  );
});

Deno.test("defineSources: a configured source is validated by core, naming the field", () => {
  throws(
    () => defineSources({ backends: [loki], allowedHosts: [], sources: [LOKI] }),
    /sources\[0\]\.baseUrl: host loki\.example\.com is not in allowedHosts/,
  );
  throws(
    () =>
      defineSources({
        backends: [loki],
        defaultSource: "es",
        allowedHosts: ["loki.example.com"],
        sources: [LOKI],
      }),
    /defaultSource: no source named "es"/,
  );
});

Deno.test("defineSources: a source of a kind whose backend is not listed names the import to add", () => {
  throws(
    () => defineSources({ backends: [], allowedHosts: ["loki.example.com"], sources: [LOKI] }),
    /^Error: Invalid sources config: sources\[0\]\.kind: no loki backend is given: import \{ loki \} from "\.\.\/core\/sources\/loki\.ts" at the top of config\/sources\.ts and list loki in backends$/,
  );
  throws(
    () =>
      defineSources({
        backends: [{ kind: "loki" }] as unknown as SourcesTemplate["backends"],
        allowedHosts: ["loki.example.com"],
        sources: [LOKI],
      }),
    /backends\[0\]: not a backend; import each from core\/sources\/<kind>\.ts/,
  );
  throws(
    () =>
      defineSources({
        backends: [loki],
        allowedHosts: ["loki.example.com"],
        sources: [{ ...LOKI, kind: "splunk" } as unknown as typeof LOKI],
      }),
    /sources\[0\]\.kind: one of loki, elasticsearch, datadog, clickhouse, cloudwatch, generic_json$/,
  );
});
