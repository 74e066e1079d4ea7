// apps.datastore.put|get|update|delete|query|count|bulkPut|bulkGet|bulkDelete.
import {
  type Args,
  isPlainObject,
  optionalInteger,
  optionalJson,
  optionalString,
  requiredJson,
  requiredString,
  SlackError,
} from "../args.ts";
import { DatastoreError, MAX_BULK_IDS, type QueryFilter } from "../datastore/store.ts";
import type { Workspace } from "../state.ts";
import type { MethodHandler } from "./handler.ts";

function datastoreCall(
  body: (args: Args, workspace: Workspace, datastore: string) => Record<string, unknown>,
): MethodHandler {
  return (args, workspace) => {
    const datastore = requiredString(args, "datastore");
    try {
      return { datastore, ...body(args, workspace, datastore) };
    } catch (error) {
      if (error instanceof DatastoreError) {
        throw new SlackError("datastore_error", error.message, {
          errors: [{ code: "datastore_error", message: error.message, pointer: error.pointer }],
        });
      }
      throw error;
    }
  };
}

function bulkList(args: Args, name: "ids" | "items"): unknown[] {
  const list = requiredJson(args, name);
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BULK_IDS) {
    throw new SlackError(
      "invalid_arguments",
      `[ERROR] ${name} must be an array of 1 to ${MAX_BULK_IDS} entries`,
    );
  }
  return list;
}

function idList(args: Args): string[] {
  const ids = bulkList(args, "ids");
  if (!ids.every((id) => typeof id === "string" && id !== "")) {
    throw new SlackError("invalid_arguments", "[ERROR] ids must be non-empty strings");
  }
  return ids as string[];
}

function stringMap(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value) || !Object.values(value).every((v) => typeof v === "string")) {
    throw new SlackError("invalid_arguments", `[ERROR] ${field} must map #names to strings`);
  }
  return value as Record<string, string>;
}

function scalarMap(value: unknown): Record<string, string | number | boolean> | undefined {
  if (value === undefined) return undefined;
  const scalar = (v: unknown) => ["string", "number", "boolean"].includes(typeof v);
  if (!isPlainObject(value) || !Object.values(value).every(scalar)) {
    throw new SlackError(
      "invalid_arguments",
      "[ERROR] expression_values must map :values to strings, numbers or booleans",
    );
  }
  return value as Record<string, string | number | boolean>;
}

function readFilter(args: Args): QueryFilter {
  return {
    expression: optionalString(args, "expression"),
    expression_attributes: stringMap(
      optionalJson(args, "expression_attributes"),
      "expression_attributes",
    ),
    expression_values: scalarMap(optionalJson(args, "expression_values")),
  };
}

export const datastoreMethods: Record<string, MethodHandler> = {
  "apps.datastore.put": datastoreCall((args, workspace, datastore) => ({
    item: workspace.datastores.put(datastore, requiredJson(args, "item")),
  })),
  "apps.datastore.update": datastoreCall((args, workspace, datastore) => ({
    item: workspace.datastores.update(datastore, requiredJson(args, "item")),
  })),
  "apps.datastore.get": datastoreCall((args, workspace, datastore) => ({
    item: workspace.datastores.get(datastore, requiredString(args, "id")),
  })),
  "apps.datastore.delete": datastoreCall((args, workspace, datastore) => {
    workspace.datastores.delete(datastore, requiredString(args, "id"));
    return {};
  }),
  "apps.datastore.bulkPut": datastoreCall((args, workspace, datastore) => {
    workspace.datastores.bulkPut(datastore, bulkList(args, "items"));
    return { failed_items: [] };
  }),
  "apps.datastore.bulkGet": datastoreCall((args, workspace, datastore) => ({
    items: workspace.datastores.bulkGet(datastore, idList(args)),
    failed_items: [],
  })),
  "apps.datastore.bulkDelete": datastoreCall((args, workspace, datastore) => {
    workspace.datastores.bulkDelete(datastore, idList(args));
    return { failed_items: [] };
  }),
  "apps.datastore.query": datastoreCall((args, workspace, datastore) => {
    const limit = optionalInteger(args, "limit", { min: 1, max: 1000 }) ?? 100;
    const page = workspace.datastores.query(datastore, readFilter(args), {
      limit,
      cursor: optionalString(args, "cursor"),
    });
    return { items: page.items, response_metadata: { next_cursor: page.nextCursor } };
  }),
  "apps.datastore.count": datastoreCall((args, workspace, datastore) => ({
    count: workspace.datastores.count(datastore, readFilter(args)),
  })),
};
