/**
 * Base64 payloads that carry text: a message body, header or setting encoded whole
 * (`payload=ZW1haWw9…`, a Kafka or webhook body of JSON, `eyJ…`). On a line marked as holding
 * one (PAYLOAD_MARKERS) or another encoding, the engine decodes each long run of base64 digits,
 * keeps the runs that decode to text which assigns or addresses something (printable ASCII or
 * UTF-8 holding `=`, `:` or `@`), runs its own detectors once on that text (nothing in it is
 * decoded again) and masks the whole run when they find anything there.
 *
 * The decoding is its own gate: it stops at the first byte that cannot be in such text (a
 * control character), which random data, hashes and words reach within a few bytes.
 */
import { utf8 } from "./decoded_view.ts";
import { decodeBase64Printable } from "./detectors/encoded_credentials.ts";
import { forEachBase64Run } from "./detectors/value_runs.ts";

/** The fewest digits of a run decoded: 12 bytes (`ip=10.1.2.3`, `ssn=…`). */
const SHORTEST_PAYLOAD = 16;

/** The most digits of a run decoded (3 KiB of text); a longer run is left to the detectors. */
const LONGEST_PAYLOAD = 4096;

/**
 * The text base64 `value` decodes to, when it is text that assigns or addresses something:
 * printable ASCII or well-formed UTF-8 (tabs and line breaks too) holding `=`, `:` or `@`;
 * else null. A control character refuses it as it is decoded (random data and binary meet one
 * within a few bytes), malformed UTF-8 after.
 */
export function decodePayload(value: string): string | null {
  const bytes = decodeBase64Printable(value);
  if (bytes === null || !/[=:@]/.test(bytes)) return null;
  try {
    return utf8.decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Lower-case literals that mark a line which may hold a payload: double padding (`==`, base64
 * of 3k + 1 bytes), and the start of base64 of JSON (`{"` encodes to `eyJ`, `[{"` to `W3si`).
 * The engine reads for payloads the lines the keyword scan finds one of these on, or an escape
 * of ../decoded_view.ts HIDING_MARKERS (another encoding). Payloads on other lines are not
 * looked for: finding every run of digits on every line costs a sixth of the engine's time on
 * a 20 MB log, and finding every `=` that may end one some 5 per cent.
 */
export const PAYLOAD_MARKERS: readonly string[] = ["==", "eyj", "w3si"];

/** Up to two `=` of padding, with no base64 digit or third `=` after them. */
const PADDING = /={0,2}(?![\w+\/=-])/y;

/**
 * Calls `visit(start, end, text)` for each base64 payload of `line`: each whole run of
 * SHORTEST_PAYLOAD to LONGEST_PAYLOAD digits (and its padding: `end` includes it) that decodes
 * to text (decodePayload).
 */
export function forEachPayload(
  line: string,
  visit: (start: number, end: number, text: string) => void,
): void {
  forEachBase64Run(line, SHORTEST_PAYLOAD, (start, end) => {
    PADDING.lastIndex = end;
    const text = end - start <= LONGEST_PAYLOAD && PADDING.test(line)
      ? decodePayload(line.slice(start, end))
      : null;
    if (text !== null) visit(start, PADDING.lastIndex, text);
  });
}
