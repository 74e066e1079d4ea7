/**
 * Numbers written in groups with URL-escaped spaces (`4507%208661%203901%209024` in a query
 * string) are masked like the same number with spaces; `%20` before words (prose) gets no view.
 */
import { strictEqual } from "@node/assert";
import { decodedView, HIDING_MARKERS } from "./decoded_view.ts";
import { createScrubber } from "./mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a card, IBAN, NINO or phone number grouped with %20 in a query string is masked", () => {
  const cases: [string, string][] = [
    ["GET /checkout?cardNumber=4507%208661%203901%209024&page=8 HTTP/1.1", "8661"],
    ["GET /payouts?iban=BE63%204240%201621%200903&page=6 HTTP/1.1", "1621"],
    ["GET /kyc?nino=JJ%2032%2037%2093%20D&page=2 HTTP/1.1", "%2037%2093"],
    ["GET /crm?tel=%2B44%2020%207946%200958&page=9 HTTP/1.1", "7946"],
  ];
  for (const [line, inside] of cases) {
    const out = scrub(line);
    strictEqual(out.includes(inside), false, out);
    strictEqual(out.endsWith("HTTP/1.1"), true, out);
  }
});

Deno.test("%20 before a digit marks a line for a view; before a word it does not", () => {
  const marked = (line: string) => HIDING_MARKERS.some((m) => line.toLowerCase().includes(m));
  strictEqual(marked("q=4507%208661"), true);
  strictEqual(marked("q=page%20of%20results"), false);
  strictEqual(decodedView("q=4507%208661")?.text, "q=4507 8661");
  strictEqual(
    scrub("GET /search?q=page%202%20of%2010 HTTP/1.1"),
    "GET /search?q=page%202%20of%2010 HTTP/1.1",
  );
});
