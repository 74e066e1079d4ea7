/** The "Debug production" form offers the configured sources and environments, and builds with none. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { loadSourcesConfig, type SourcesConfig } from "../core/sources/mod.ts";
import { loki } from "../core/sources/loki.ts";
import { SAMPLE_SOURCES_CONFIG, withSampleSource } from "../devkit/sample_logs/source.ts";
import { defineDebugProductionWorkflow } from "./debug_production.ts";
import {
  environmentField,
  environmentNames,
  MAX_SELECT_OPTIONS,
  sourceField,
} from "./form_choices.ts";

function lokiSource(name: string, environments: string[]) {
  return {
    name,
    kind: "loki",
    baseUrl: "https://loki.example.com",
    auth: { type: "none" },
    environments,
    services: { checkout: { labels: { service_name: "checkout" } } },
  };
}

function config(
  sources: ReturnType<typeof lokiSource>[],
  defaultSource = sources[0].name,
): SourcesConfig {
  return loadSourcesConfig({
    backends: [loki],
    defaultSource,
    allowedHosts: ["loki.example.com"],
    sources,
  });
}

const TWO = config([lokiSource("eu", ["prod", "staging"]), lokiSource("us", ["prod", "qa"])], "us");

Deno.test("source field: only with two sources or more, the default source preselected", () => {
  strictEqual(sourceField(undefined), undefined);
  strictEqual(sourceField(SAMPLE_SOURCES_CONFIG), undefined, "one source is no choice");
  const field = sourceField(TWO);
  deepStrictEqual(field?.enum, ["eu", "us"]);
  deepStrictEqual(field?.choices, [{ value: "eu", title: "eu" }, { value: "us", title: "us" }]);
  strictEqual(field?.default, "us");
});

Deno.test("environment field: every source's environments once, the default source's first", () => {
  deepStrictEqual(environmentNames(TWO), ["prod", "qa", "staging"]);
  const field = environmentField(TWO);
  deepStrictEqual(field.enum, ["prod", "qa", "staging"]);
  strictEqual(field.default, "prod");
  deepStrictEqual(environmentField(SAMPLE_SOURCES_CONFIG).enum, ["production", "staging"]);
  strictEqual(environmentField(SAMPLE_SOURCES_CONFIG).default, "production");
});

Deno.test("environment field: typed when there is nothing to pick, or more than a select holds", () => {
  const none = environmentField(undefined);
  strictEqual(none.enum, undefined);
  strictEqual(none.name, "environment");
  const many = Array.from(
    { length: 6 },
    (_, s) => lokiSource(`s${s}`, Array.from({ length: 20 }, (_, e) => `env-${s}-${e}`)),
  );
  strictEqual(environmentNames(config(many)).length, 120);
  ok(120 > MAX_SELECT_OPTIONS);
  strictEqual(environmentField(config(many)).enum, undefined);
});

/** The form's field names and fetch_logs' inputs, as the manifest holds them. */
function exported(sources: SourcesConfig | undefined) {
  const [form, fetch] = defineDebugProductionWorkflow(sources).steps.map((step) => step.export());
  const fields = form.inputs.fields as { elements: { name: string }[]; required: string[] };
  return { fields: fields.elements.map((element) => element.name), fetch: fetch.inputs };
}

Deno.test("Debug production builds with no source, and asks for one only when there is a choice", () => {
  const none = exported(undefined);
  deepStrictEqual(none.fields, [
    "service",
    "environment",
    "window",
    "filter",
    "delivery",
    "excerpt_mode",
    "keep_minutes",
    "compare_previous",
  ]);
  strictEqual("source" in none.fetch, false, "fetch_logs reads the default source");
  strictEqual("source" in exported(SAMPLE_SOURCES_CONFIG).fetch, false);
  const two = exported(withSampleSource(TWO));
  deepStrictEqual(two.fields, [
    "service",
    "environment",
    "window",
    "filter",
    "source",
    "delivery",
    "excerpt_mode",
    "keep_minutes",
    "compare_previous",
  ]);
  strictEqual(two.fetch.source, "{{steps.0.fields.source}}");
});
