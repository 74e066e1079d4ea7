/**
 * The "Debug production" form's choices of log source and environment, from a sources config:
 * the team's when deployed, with the sample source added for local runs. An enum cannot be
 * empty, and a choice of one is no choice, so:
 * - the source field is on the form only when there are two sources or more (otherwise
 *   fetch_logs reads the default source);
 * - the environment is picked from every source's environments (the default source's first),
 *   or typed when there are none (no source yet) or more than a select holds.
 */
import { Schema } from "deno-slack-sdk";
import type { SourcesConfig } from "../core/sources/mod.ts";

/** Slack's limit on the options of one select menu. */
export const MAX_SELECT_OPTIONS = 100;

/** The `source` form field, or undefined when there is nothing to choose. */
export function sourceField(config: SourcesConfig | undefined) {
  if (config === undefined || config.sources.length < 2) return undefined;
  const names = config.sources.map((source) => source.name);
  return {
    name: "source",
    title: "Log source",
    type: Schema.types.string,
    enum: names,
    choices: names.map((name) => ({ value: name, title: name })),
    default: config.defaultSource,
  };
}

/** Every source's environments, once each, the default source's first. */
export function environmentNames(config: SourcesConfig | undefined): string[] {
  if (config === undefined) return [];
  const first = config.sources.find((source) => source.name === config.defaultSource);
  const ordered = [first, ...config.sources].flatMap((source) => source?.environments ?? []);
  return [...new Set(ordered)];
}

/** The `environment` form field: a select of environmentNames, or free text. */
export function environmentField(config: SourcesConfig | undefined) {
  const names = environmentNames(config);
  if (names.length === 0 || names.length > MAX_SELECT_OPTIONS) {
    return {
      name: "environment",
      title: "Environment",
      type: Schema.types.string,
      description: "As the log source knows it, e.g. production",
    };
  }
  return {
    name: "environment",
    title: "Environment",
    type: Schema.types.string,
    enum: names,
    choices: names.map((name) => ({ value: name, title: name })),
    default: names[0],
  };
}
