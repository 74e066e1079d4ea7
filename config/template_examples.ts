/**
 * What config/sources.ts offers commented out: one example source per backend, the hosts they
 * need and each backend's import. Read by its test (every example loads as it is) and by the
 * bundle figures (fetch_logs built with each backend configured, scripts/bundle.ts).
 */
import type { SourcesTemplate } from "./define_sources.ts";

export type Example = SourcesTemplate["sources"][number];

/** config/sources.ts, the team's template. */
export const TEMPLATE = new URL("./sources.ts", import.meta.url);

/** An object literal written in our own files, as a value. */
export function evaluate(literal: string): Example {
  return new Function(`"use strict"; return (${literal});`)() as Example;
}

/** The commented `// {` … `// },` blocks of the template, uncommented. */
export function templateExamples(text: string): Example[] {
  const blocks: string[] = [];
  let block: string[] | undefined;
  for (const line of text.split("\n")) {
    const code = /^\s*\/\/ ?(.*)$/.exec(line)?.[1];
    if (code === undefined) {
      block = undefined;
      continue;
    }
    if (code === "{") block = [];
    if (!block) continue;
    block.push(code);
    if (code === "},") {
      blocks.push(block.join("\n").replace(/,$/, ""));
      block = undefined;
    }
  }
  return blocks.map(evaluate);
}

/** The hosts commented in `allowedHosts`: lines that are only `// "host",`. */
export function templateHosts(text: string): string[] {
  return [...text.matchAll(/^\s*\/\/ "([a-z0-9.-]+)",$/gm)].map((match) => match[1]);
}

/** A backend's adapter as the template imports it: `import { loki } from "../core/sources/loki.ts";` */
export interface BackendImport {
  /** The adapter's export, as listed in `backends`. */
  name: string;
  /** The module, relative to config/. */
  path: string;
}

/** The commented imports of backends' adapters, in the template's order. */
export function templateBackendImports(text: string): BackendImport[] {
  return [...text.matchAll(/^\/\/ import \{ (\w+) \} from "(\.\.\/core\/sources\/\w+\.ts)";$/gm)]
    .map((match) => ({ name: match[1], path: match[2] }));
}

/** The names commented in `backends`: lines that are only `// name,`. */
export function templateBackendNames(text: string): string[] {
  return [...text.matchAll(/^\s*\/\/ (\w+),$/gm)].map((match) => match[1]);
}
