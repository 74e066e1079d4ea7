/**
 * An element whose name has an XML namespace's prefix (`<wsse:Password Type="…">v</wsse:Password>`
 * in a SOAP request's WS-Security header, `<ns2:apiKey>v</ns2:apiKey>`) is read as the same
 * element without it: its text on the line or below its tag alone. A prefix of digits, a name
 * with two prefixes, a self-closing or empty element and a non-secret name keep their text.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed2);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from(randomBytes(n), (b) => ALPHABET[b % ALPHABET.length])
    .join("") + "!4";
const TYPE = ' Type="http://docs.oasis-open.org/wss/2004/01/x#PasswordText"';

Deno.test("a prefixed element's text is masked, on its line or below its tag", () => {
  for (
    const [prefix, name, attributes] of [
      ["wsse", "Password", TYPE],
      ["ns2", "apiKey", ""],
      ["soap-env", "client_secret", ' xmlns:soap-env="urn:x"'],
      ["a.b", "Token", ""],
    ]
  ) {
    const value = made(14);
    const line = `<wsse:UsernameToken><${prefix}:${name}${attributes}>${value}</${prefix}:${name}>`;
    const out = scrubber.scrub(line).text;
    ok(!out.includes(value), out);
    ok(out.endsWith(`]</${prefix}:${name}>`), out);
    const below = scrubWholeAndStreamed(
      `<${prefix}:${name}${attributes}>\n  ${value}\n</${prefix}:${name}>`,
    );
    ok(!below.includes(value), below);
  }
});

Deno.test("what no prefixed secret element holds stays", () => {
  const value = made(14);
  for (
    const line of [
      `<ns:password/>`,
      `<ns:password></ns:password>`,
      `<ns:Username>${value}</ns:Username>`,
      `<12:token>${value}</12:token>`,
      `see <https:token> for ${"words"}`,
      `<wsse:Nonce EncodingType="x#Base64Binary">${made(6)}</wsse:Nonce>`,
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
