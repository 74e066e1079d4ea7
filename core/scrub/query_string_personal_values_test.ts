/**
 * Personal values in a URL's query string or a form body, percent-encoded (`%C3%A9` for a
 * letter beyond ASCII, `%20` for a space) and ended by the next pair's `&`: a name with a letter
 * beyond ASCII under a key naming one, an address under an address key. Values are generated (seeded); a query string's
 * words that are no one's (a search, a product) stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { seededRandom } from "./corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(7741);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const syllable = () =>
  pick(["ka", "lo", "mer", "tin", "vra", "sel", "dou", "rik", "né", "bé", "ço"]);
/** A capitalised made-up word of two or three syllables, one of them beyond ASCII: no name list knows it. */
const word = () => {
  const w = syllable() + pick(["né", "bé", "ço", "zü"]) + (random() < 0.5 ? syllable() : "");
  return w[0].toUpperCase() + w.slice(1);
};
const FORMS = [
  (k: string, v: string) =>
    `"GET /api/v2/verify?customer_ref=C-${pick([12, 345])}&${k}=${v}&lang=en HTTP/1.1" 200`,
  (k: string, v: string) => `POST /signup body: customer_ref=C-88&${k}=${v}&terms=on`,
];

Deno.test("a percent-encoded name or address in a query string is masked", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const key of ["name", "first_name", "fullName", "address", "home_address"]) {
      const plain = key.includes("address")
        ? `${word()} Street ${Math.floor(random() * 300) + 1}, ${word()}`
        : key === "first_name"
        ? word()
        : `${word()} ${word()}`;
      const encoded = encodeURIComponent(plain);
      const out = scrubber.scrub(form(key, encoded)).text;
      if (out.includes(encoded)) leaks.push(out);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a query string's words that name no one stay", () => {
  const benign = [
    "GET /search?q=hello%20world&page=2 HTTP/1.1",
    "GET /docs?title=Getting%20Started&lang=en",
    "GET /api/products?name=Standard%20Shipping&sort=price",
    'printf("%d items, %c, %e", n, c, x)',
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});

Deno.test("a name under a person's key, its words joined by a query string's + or %20, is masked", () => {
  const leaks: string[] = [];
  for (const key of ["full_name", "customerName", "cardholder", "recipient", "last_name"]) {
    for (const join of ["+", "%20"]) {
      // Made-up words, so that no name list finds them: only the key and the join do.
      const plain = key === "last_name" ? word() : `${word()} ${word()}`;
      const encoded = encodeURIComponent(plain).replaceAll("%20", join);
      // The view decodes a letter's escapes, never a `+`; a plain ASCII value gets no view.
      const ascii = plain.normalize("NFD").replace(/[^\x20-\x7e]/g, "").replaceAll(" ", join);
      for (const value of [encoded, ascii]) {
        const out = scrubber.scrub(`GET /api/v2/lookup?${key}=${value} HTTP/1.1`).text;
        if (out.includes(value)) leaks.push(out);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("under a person's key, a company's name joined by + stays", () => {
  const benign = [
    "GET /api/v2/lookup?customer=Acme+Corporation&page=2 HTTP/1.1",
    "GET /api/v2/lookup?customer=Initech%20Inc. HTTP/1.1",
    "GET /api/products?product_name=Blue+Widget&sort=price HTTP/1.1",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});
