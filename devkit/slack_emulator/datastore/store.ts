// In-memory datastores with Slack's semantics: items keyed by the primary key, TTL expiry
// against the virtual clock, scan-style paging (limit = items evaluated, so a filtered page can
// be empty and still carry a cursor) and bulk limits.
import { utf8Length } from "../../../core/excerpt.ts";
import { isPlainObject } from "../args.ts";
import { compileExpression, ExpressionError, type Item, type Predicate } from "./expression.ts";

export interface DatastoreDefinition {
  name: string;
  primary_key: string;
  time_to_live_attribute?: string;
}

/** A datastore failure; becomes `{ ok:false, error:"datastore_error", errors:[…] }`. */
export class DatastoreError extends Error {
  constructor(readonly pointer: string, message: string) {
    super(message);
  }
}

export interface QueryFilter {
  expression?: string;
  expression_attributes?: Record<string, string>;
  expression_values?: Record<string, string | number | boolean>;
}

const MAX_ITEM_BYTES = 400 * 1024;
export const MAX_BULK_IDS = 25;

class Datastore {
  readonly items = new Map<string, Item>();
  constructor(readonly definition: DatastoreDefinition) {}

  isExpired(item: Item, nowMs: number): boolean {
    const ttlAttribute = this.definition.time_to_live_attribute;
    const expiresAt = ttlAttribute ? item[ttlAttribute] : undefined;
    return typeof expiresAt === "number" && expiresAt * 1000 <= nowMs;
  }

  purgeExpired(nowMs: number): void {
    for (const [id, item] of this.items) {
      if (this.isExpired(item, nowMs)) this.items.delete(id);
    }
  }
}

function encodeCursor(lastKey: string): string {
  return btoa(JSON.stringify({ after: lastKey }));
}

function decodeCursor(cursor: string): string {
  try {
    const parsed = JSON.parse(atob(cursor));
    if (typeof parsed?.after === "string") return parsed.after;
  } catch {
    // fall through to the error below
  }
  throw new DatastoreError("/cursor", "cursor is not one this datastore returned");
}

export class DatastoreSet {
  private readonly stores = new Map<string, Datastore>();

  constructor(definitions: DatastoreDefinition[], private readonly nowMs: () => number) {
    for (const definition of definitions) {
      this.stores.set(definition.name, new Datastore(definition));
    }
  }

  /** Drops items whose TTL has passed (called when the clock moves and before each access). */
  purgeExpired(): void {
    for (const store of this.stores.values()) store.purgeExpired(this.nowMs());
  }

  private store(name: string): Datastore {
    const store = this.stores.get(name);
    if (!store) {
      throw new DatastoreError(
        "/datastore",
        `datastore '${name.slice(0, 100)}' is not defined; declare it in the emulator's datastores`,
      );
    }
    store.purgeExpired(this.nowMs());
    return store;
  }

  private validItem(store: Datastore, item: unknown, pointer: string): { key: string; item: Item } {
    if (!isPlainObject(item)) throw new DatastoreError(pointer, "item must be an object");
    const key = item[store.definition.primary_key];
    if (typeof key !== "string" || key === "") {
      throw new DatastoreError(
        pointer,
        `item needs its primary key '${store.definition.primary_key}' as a non-empty string`,
      );
    }
    if (utf8Length(JSON.stringify(item)) > MAX_ITEM_BYTES) {
      throw new DatastoreError(pointer, `item is larger than ${MAX_ITEM_BYTES} bytes`);
    }
    return { key, item: structuredClone(item) };
  }

  put(name: string, item: unknown): Item {
    const store = this.store(name);
    const valid = this.validItem(store, item, "/item");
    store.items.set(valid.key, valid.item);
    return structuredClone(valid.item);
  }

  update(name: string, item: unknown): Item {
    const store = this.store(name);
    const valid = this.validItem(store, item, "/item");
    const merged = { ...(store.items.get(valid.key) ?? {}), ...valid.item };
    store.items.set(valid.key, merged);
    return structuredClone(merged);
  }

  get(name: string, id: string): Item {
    return structuredClone(this.store(name).items.get(id) ?? {});
  }

  delete(name: string, id: string): void {
    this.store(name).items.delete(id);
  }

  bulkPut(name: string, items: unknown[]): void {
    const store = this.store(name);
    const valid = items.map((item, index) => this.validItem(store, item, `/items/${index}`));
    for (const { key, item } of valid) store.items.set(key, item);
  }

  bulkGet(name: string, ids: string[]): Item[] {
    const store = this.store(name);
    return ids.flatMap((id) => {
      const item = store.items.get(id);
      return item ? [structuredClone(item)] : [];
    });
  }

  bulkDelete(name: string, ids: string[]): void {
    const store = this.store(name);
    for (const id of ids) store.items.delete(id);
  }

  query(
    name: string,
    filter: QueryFilter,
    page: { limit: number; cursor?: string },
  ): { items: Item[]; nextCursor: string } {
    const store = this.store(name);
    const matches = this.predicate(filter);
    const keys = [...store.items.keys()].sort();
    const after = page.cursor ? decodeCursor(page.cursor) : undefined;
    const start = after === undefined ? 0 : keys.findIndex((key) => key > after);
    const evaluated = start === -1 ? [] : keys.slice(start, start + page.limit);
    const items = evaluated
      .map((key) => store.items.get(key) as Item)
      .filter(matches)
      .map((item) => structuredClone(item));
    const more = start !== -1 && start + page.limit < keys.length;
    return { items, nextCursor: more ? encodeCursor(evaluated[evaluated.length - 1]) : "" };
  }

  count(name: string, filter: QueryFilter): number {
    const store = this.store(name);
    const matches = this.predicate(filter);
    return [...store.items.values()].filter(matches).length;
  }

  /** Every live item of one datastore (for assertions). */
  snapshot(name: string): Item[] {
    return [...this.store(name).items.values()].map((item) => structuredClone(item));
  }

  private predicate(filter: QueryFilter): Predicate {
    if (filter.expression === undefined) return () => true;
    try {
      return compileExpression(
        filter.expression,
        filter.expression_attributes ?? {},
        filter.expression_values ?? {},
      );
    } catch (error) {
      if (error instanceof ExpressionError) {
        throw new DatastoreError("/expression", `invalid query expression: ${error.message}`);
      }
      throw error;
    }
  }
}
