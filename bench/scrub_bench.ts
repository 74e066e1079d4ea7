/**
 * Hot paths of the scrubbing engine (`deno task bench`). The sample log is synthetic and
 * deterministic: JSON, access-log and trace lines full of ids and hashes, with a few secrets.
 * For throughput on a 20 MB log against `cat`, see scripts/throughput.ts.
 */
import { createScrubber } from "../core/scrub/mod.ts";
import { DETECTORS } from "../core/scrub/detectors/mod.ts";
import { detectorsBefore, KeywordIndex } from "../core/scrub/prefilter/keyword_index.ts";
import { Masker } from "../core/scrub/mask.ts";

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const hex = (n: number) =>
  Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");

function sampleLine(i: number): string {
  const ts = new Date(Date.UTC(2025, 5, 1) + i * 37).toISOString();
  switch (i % 5) {
    case 0:
      return JSON.stringify({
        ts,
        level: "info",
        msg: "request completed",
        trace_id: hex(32),
        duration_ms: i % 900,
      });
    case 1:
      return `${ts} GET /v1/orders/${i} 200 ${i % 9000}b req=${hex(8)}-${hex(4)}-${hex(4)}-${
        hex(4)
      }-${hex(12)}`;
    case 2:
      return `${ts} INFO deploy: commit ${hex(40)} image@sha256:${hex(64)}`;
    case 3:
      return `${ts} WARN retrying job=${i} attempt=${i % 5} after 250ms`;
    default:
      return i % 50 === 4
        ? `${ts} ERROR auth token=ghp_${hex(36)} user=jane.doe${i}@example.com ip=10.${i % 255}.0.1`
        : `${ts} DEBUG cache miss key=user:${i} shard=${i % 16}`;
  }
}

const LINES = Array.from({ length: 8000 }, (_, i) => sampleLine(i));
const TEXT = LINES.join("\n") + "\n";
const MB = (new TextEncoder().encode(TEXT).length / 1e6).toFixed(2);

const scrubber = createScrubber(undefined, { pseudonymKey: new Uint8Array(32).fill(7) });
const index = new KeywordIndex(DETECTORS.map((d) => d.prefilter?.keywords ?? []));

Deno.bench(`scrub(): whole text (${MB} MB, ${LINES.length} lines)`, {
  group: "engine",
  baseline: true,
}, () => {
  scrubber.scrub(TEXT);
});

/**
 * A line built against a check that reads back from a match (NCPDP's: the last segment before a
 * field decides): 250 segment heads, then 250 fields, repeated to 60 KB. Read back once per field,
 * it takes as long as an ordinary line of its size; searched from every head, seconds.
 */
const HOSTILE = ("AM01".repeat(250) + "|CAx".repeat(250)).repeat(30);

Deno.bench("scrub(): a 60 KB line of NCPDP segment heads and fields", { group: "hostile" }, () => {
  scrubber.scrub(HOSTILE);
});

Deno.bench(`stream(): push line by line (${MB} MB)`, { group: "engine" }, () => {
  const stream = scrubber.stream();
  for (const line of LINES) stream.push(line);
  stream.end();
});

Deno.bench(`textStream(): 64 KiB chunks (${MB} MB)`, { group: "engine" }, () => {
  const stream = scrubber.textStream();
  for (let i = 0; i < TEXT.length; i += 65536) stream.write(TEXT.slice(i, i + 65536));
  stream.end();
});

Deno.bench(`keyword prefilter scan alone (${MB} MB)`, { group: "parts" }, () => {
  const hits = index.scan(TEXT);
  detectorsBefore(hits, Infinity);
});

Deno.bench("createScrubber() with the built-in detectors", { group: "parts" }, () => {
  createScrubber();
});

const masker = new Masker(new Uint8Array(32).fill(7));
let n = 0;
Deno.bench("pseudonym of a new value (HMAC-SHA256)", { group: "parts" }, () => {
  masker.pseudonym("ipv4", `10.0.${(n >> 8) & 255}.${n++ & 255}`);
});
