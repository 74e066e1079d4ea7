/**
 * Where two block detectors both begin on a line, the block is the one whose begin marker comes
 * first; at the same place, the one listed first. Its id is the one the mask names.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import type { BlockDetector } from "./detector.ts";

const block = (id: string, begin: RegExp): BlockDetector => ({
  id,
  kind: "secret",
  prefilter: { keywords: ["begin test"] },
  begin,
  end: /-----END TEST KEY-----/,
  maxLines: 5,
});
const WHOLE = block("whole-marker", /-----BEGIN TEST KEY-----/);
const SAME_PLACE = block("same-place", /-----BEGIN TEST/);
const LATER = block("later-place", /TEST KEY-----/);

const BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
const LINE = `key: -----BEGIN TEST KEY----- ${BODY} -----END TEST KEY----- done`;

function maskedBy(blockDetectors: BlockDetector[]): string {
  const { text } = createScrubber({}, { detectors: [], blockDetectors }).scrub(LINE);
  ok(!text.includes(BODY), `the key body is masked: ${text}`);
  const id = /\[REDACTED:([a-z-]+)\]/.exec(text)?.[1];
  return id ?? `no mask in ${text}`;
}

Deno.test("key blocks: the begin marker that comes first on the line wins, in either order", () => {
  strictEqual(maskedBy([WHOLE, LATER]), "whole-marker");
  strictEqual(maskedBy([LATER, WHOLE]), "whole-marker");
});

Deno.test("key blocks: two begin markers at the same place: the detector listed first wins", () => {
  strictEqual(maskedBy([WHOLE, SAME_PLACE]), "whole-marker");
  strictEqual(maskedBy([SAME_PLACE, WHOLE]), "same-place");
});
