/**
 * A value percent-escaped twice (`%2540` for `@`, `%2520` for a space: a URL carried in another
 * URL's query string, or a form value escaped by two layers) is read as a person reading the
 * log would read it: the decoded view decodes `%25` and the hex pair after it both times
 * (./decoded_view.ts), and the mask covers the escapes.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";
import { decodedView } from "./decoded_view.ts";
import { seededRandom } from "./corpus/token_generator.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

/** `text` percent-escaped twice (every character but letters, digits and `-._~` once escaped). */
const twice = (text: string) => encodeURIComponent(encodeURIComponent(text));

const CARD = "5237 5475 7960 2065";
const MAIL = "oxvpt.qkzkxu13@mailbox.org";
const IPV6 = "2a02:b4c1:523::b337:7aae";
const MAC = "08:97:98:83:76:72";
const PHONE = "+44 7772 786593";

const hidden: [label: string, line: string][] = [
  ["an e-mail in a redirect", `GET /login?next=%2Fhome%3Fto%3D${twice(MAIL)} 302`],
  ["an e-mail in a JSON field", `{"event":"signup","email":"${twice(MAIL)}"}`],
  ["a grouped card number", `  pan: ${twice(CARD)}`],
  ["an IPv6 address", `remote_addr=${twice(IPV6)} status=403`],
  ["a MAC address", `<Request><mac>${twice(MAC)}</mac></Request>`],
  ["an international phone number", `{"phone":"${twice(PHONE)}","ok":false}`],
];

for (const [label, line] of hidden) {
  Deno.test(`escaped twice: ${label}`, () => {
    const out = scrub(line);
    ok(out.includes("[REDACTED:") || out.includes("[ip") || out.includes("[mac"), out);
    for (
      const part of line.match(/(?:[0-9A-Za-z]|%25[0-9A-F]{2})+/g)!.filter((p) => p.length >= 12)
    ) {
      ok(!out.includes(part), `${part} left in ${out}`);
    }
  });
}

Deno.test("escaped twice: text that hides nothing is unchanged", () => {
  for (
    const line of [
      "GET /search?q=100%2525%2520off&page=2 200",
      "redirect_uri=https%253A%252F%252Fapp.internal%252Fcallback%253Fstate%253D7 302",
      "progress 25%25ab done",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("escaped twice: a whole URL escaped twice splits its own query at its escaped `?` `=` `&`", () => {
  // A redirect URL escaped twice whole (`https%253A%252F%252F…%253Fclient_secret%253Dv`): its
  // `%253F` and `%253D` follow other escapes of the same word decoded twice, so they are the
  // inner URL's own splits and the value after `client_secret=` is read as one.
  const random = seededRandom(2611);
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  for (let i = 0; i < 12; i++) {
    const value = Array.from({ length: 14 + i }, () => chars[Math.floor(random() * 57)]).join("");
    const url = `https://app.example.com/cb?state=7&client_secret=${value}&x=1`;
    const line = `redirect_uri=${twice(url)} 302`;
    const out = scrub(line);
    ok(!out.includes(value), out);
    ok(out.startsWith("redirect_uri=https%253A%252F%252Fapp.example.com"), out);
  }
  // A value escaped once inside a URL escaped once keeps its twice-escaped `&` and `=` its own.
  strictEqual(
    decodedView("next=%2Fcb%3Fk%3Dab%2526cd%253D ok")!.text,
    "next=/cb?k=ab%26cd%3D ok",
  );
  strictEqual(
    decodedView("u=https%253A%252F%252Fh%252Fcb%253Fk%253Dv%2526p%253D2 q=a%2526b")!.text,
    "u=https://h/cb?k=v&p=2 q=a%26b",
  );
});
