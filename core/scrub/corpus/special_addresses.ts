/**
 * Benign cases written while special-purpose IP addresses and networks stayed unmasked
 * (loopback, unspecified, broadcast, a network's address before its `/len`, `[::]`, `::1`):
 * every IP literal is personal data now, so a generator passes its cases through
 * specialAddressesMasked, which makes such a case a personal-data case (core tier) whose values
 * are those addresses. Cases without one are returned as they are; loopback and unspecified
 * addresses as a URL's host stay unmasked, so they make no case personal data.
 */
import type { LabelledCase } from "./case_shape.ts";

/** A URL's host, where loopback and unspecified addresses stay (a local service names no one). */
const NOT_URL_HOST = String.raw`(?<!:\/\/(?:[^\s\/@]*@)?\[?)`;

const SPECIAL_ADDRESS = new RegExp(
  [
    NOT_URL_HOST + String.raw`127(?:\.\d{1,3}){3}`,
    NOT_URL_HOST + String.raw`0\.0\.0\.0`,
    String.raw`255\.255\.255\.255`,
    String.raw`\d{1,3}(?:\.\d{1,3}){3}(?=\/\d)`,
    NOT_URL_HOST + String.raw`::1(?![\w:])`,
    NOT_URL_HOST + String.raw`(?<=\[)::(?=\])`,
    String.raw`[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*::(?=\/\d)`,
    String.raw`::$`,
  ].map((form) => String.raw`(?<![\w.:-])${form}`).join("|"),
  "gm",
);

/** `c`, or, if it is benign and holds a special address, that case as personal data. */
export function specialAddressesMasked<T extends LabelledCase>(c: T): T {
  if (c.kind !== "benign") return c;
  const found = [...new Set(c.text.match(SPECIAL_ADDRESS) ?? [])];
  if (found.length === 0) return c;
  return { ...c, kind: "pii", tier: "core", secrets: found, expect_unchanged: false } as T;
}
