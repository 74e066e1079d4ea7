/**
 * How config/sources.ts is read: as core's sources config (core/sources/config.ts), validated at
 * load with errors that name the field (a source of a kind whose backend is not in `backends`
 * says which import to add), except that
 * - a template with no source yet is allowed: it gives `undefined`, and fetch_logs then refuses
 *   with what to do (the rest of the template is still checked);
 * - `defaultSource` may be left out: the first source is the default.
 * The per-service rules, which hold for every source, are config/service_rules.ts, read by
 * ./define_service_rules.ts.
 */
import * as z from "../core/zod.ts";
import {
  loadSourcesConfig,
  type SourcesConfig,
  type SourcesConfigInput,
} from "../core/sources/mod.ts";
import { allowedHostsSchema, fetchBudgetSchema } from "../core/sources/config.ts";
import { once } from "../core/once.ts";
import { fieldPath } from "./define_service_rules.ts";

/** What config/sources.ts writes: typed, so `deno check` catches a misspelt field. */
export type SourcesTemplate =
  & Omit<SourcesConfigInput, "defaultSource">
  & { defaultSource?: string };

/** The team's sources config, or `undefined` while none is configured. */
export type TeamSources = SourcesConfig | undefined;

/** The parts of the config that mean something before any source is added. */
const noSourceYetSchema = once(() =>
  z.object({ allowedHosts: allowedHostsSchema(), fetchBudgetMs: fetchBudgetSchema() })
);

/** Validates config/sources.ts; the thrown Error names the first bad fields. */
export function defineSources(template: SourcesTemplate): TeamSources {
  const first = template.sources[0];
  if (first !== undefined) {
    return loadSourcesConfig({ ...template, defaultSource: template.defaultSource ?? first.name });
  }
  if (template.defaultSource !== undefined) {
    throw new Error(
      `Invalid sources config: defaultSource: no source named "${template.defaultSource}" ` +
        "(no source is configured yet)",
    );
  }
  const checked = noSourceYetSchema().safeParse(template);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3)
      .map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
    throw new Error(`Invalid sources config: ${issues.join("; ")}`);
  }
  return undefined;
}
