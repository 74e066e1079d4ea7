/** config/sources.ts is read by defineSources: no source yet is allowed, anything invalid is not. */
import { strictEqual, throws } from "@node/assert";
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
  strictEqual(defineSources({ allowedHosts: [], sources: [] }), undefined);
  strictEqual(
    defineSources({ allowedHosts: ["loki.example.com"], fetchBudgetMs: 8000, sources: [] }),
    undefined,
  );
  throws(
    () => defineSources({ allowedHosts: ["Loki.Example.com"], sources: [] }),
    /^Error: Invalid sources config: allowedHosts\[0\]: a lower-case host name/,
  );
  throws(
    () => defineSources({ allowedHosts: [], fetchBudgetMs: 20_000, sources: [] }),
    /fetchBudgetMs: at most 8000 ms/,
  );
  throws(
    () => defineSources({ defaultSource: "loki", allowedHosts: [], sources: [] }),
    /defaultSource: no source named "loki" \(no source is configured yet\)/,
  );
});

Deno.test("defineSources: the first source is the default unless another is named", () => {
  const second = { ...LOKI, name: "loki-eu" };
  const hosts = ["loki.example.com"];
  strictEqual(
    defineSources({ allowedHosts: hosts, sources: [LOKI, second] })?.defaultSource,
    "loki",
  );
  strictEqual(
    defineSources({ defaultSource: "loki-eu", allowedHosts: hosts, sources: [LOKI, second] })
      ?.defaultSource,
    "loki-eu",
  );
});

Deno.test("defineSources: a configured source is validated by core, naming the field", () => {
  throws(
    () => defineSources({ allowedHosts: [], sources: [LOKI] }),
    /sources\[0\]\.baseUrl: host loki\.example\.com is not in allowedHosts/,
  );
  throws(
    () =>
      defineSources({ defaultSource: "es", allowedHosts: ["loki.example.com"], sources: [LOKI] }),
    /defaultSource: no source named "es"/,
  );
});
