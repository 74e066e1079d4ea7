/**
 * The sample log stream: one line per service per 4-second slot at a pseudo-random instant inside
 * the slot, so any window yields the same lines for the same service and environment.
 */
import { hashText, seededRandom } from "./random.ts";
import { SAMPLE_SERVICES, type SampleLine } from "./services.ts";

export const SLOT_MS = 4000;
/** No query scans more slots than this (about 4.6 days of lines). */
export const MAX_SLOTS_SCANNED = 100_000;

export interface SampleItem extends SampleLine {
  timestamp: string;
  attributes: { host: string; trace_id: string; environment: string };
}

export function sampleLineAt(service: string, environment: string, slot: number): SampleItem {
  const makers = SAMPLE_SERVICES[service];
  const random = seededRandom(hashText(`${service}|${environment}|${slot}`));
  const at = new Date(slot * SLOT_MS + random.int(SLOT_MS));
  const line = random.pick(makers)(random, at);
  return {
    timestamp: at.toISOString(),
    ...line,
    attributes: {
      host: `${service}-${["7f9c", "a1b2", "c3d4"][random.int(3)]}`,
      trace_id: random.chars(16, "0123456789abcdef"),
      environment,
    },
  };
}

export interface SampleQuery {
  service: string;
  environment: string;
  startMs: number;
  /** Exclusive. */
  endMs: number;
  limit: number;
}

/** Lines in [start, end) newest first, at most `limit`; `nextEndMs` continues below the last one. */
export function sampleLines(query: SampleQuery): { items: SampleItem[]; nextEndMs?: number } {
  const items: SampleItem[] = [];
  const firstSlot = Math.floor((query.endMs - 1) / SLOT_MS);
  const oldestSlot = Math.floor(query.startMs / SLOT_MS);
  const lastSlot = Math.max(oldestSlot, firstSlot - MAX_SLOTS_SCANNED);
  for (let slot = firstSlot; slot >= lastSlot; slot--) {
    const item = sampleLineAt(query.service, query.environment, slot);
    const ms = Date.parse(item.timestamp);
    if (ms < query.startMs || ms >= query.endMs) continue;
    if (items.length === query.limit) {
      return { items, nextEndMs: Date.parse(items[items.length - 1].timestamp) };
    }
    items.push(item);
  }
  // A scan cut short by MAX_SLOTS_SCANNED continues on the next page.
  return lastSlot > oldestSlot ? { items, nextEndMs: lastSlot * SLOT_MS } : { items };
}
