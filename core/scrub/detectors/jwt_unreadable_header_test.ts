/**
 * A JWT whose header decodes to no text (bytes that are no UTF-8: a sample edited by hand, a
 * header garbled) is still one when its payload decodes to a JSON object and a signature of 16 or more
 * characters follows; a header that decodes to JSON without `alg` (a cursor) is still no JWT.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { matchDetector } from "../match.ts";
import { detectors } from "./generic_credentials.ts";
import { decodeBase64Text } from "./value_checks.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const jwt = detectors.find((d) => d.id === "jwt")!;
const found = (line: string) => matchDetector(jwt, line).map((s) => line.slice(s.start, s.end));
const b64url = (s: string) => btoa(s).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const random = seededRandom(0x6a77);
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const draw = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * 64)]).join("");

Deno.test("jwt: a header that decodes to no text, an object payload and a signature make a JWT", () => {
  let tried = 0;
  for (let i = 0; i < 40; i++) {
    // `eyJ` then characters drawn at random: most decode to bytes that are no UTF-8.
    const header = `eyJ${draw(26)}`;
    const payload = b64url(JSON.stringify({ sub: draw(8), iat: 1766000000 + i, scope: "ops" }));
    const signature = draw(43);
    const token = `${header}.${payload}.${signature}`;
    if (decodeBase64Text(header) !== null) continue; // a header drawn that decodes to text
    tried++;
    deepStrictEqual(found(`id_token=${token} ok`), [token], token);
    // Too short a signature, or a payload that is no JSON object: not a JWT.
    deepStrictEqual(found(`x ${header}.${payload}.${draw(12)} y`), [], "short signature");
    deepStrictEqual(found(`x ${header}.${b64url("[1,2]")}.${signature} y`), [], "array payload");
  }
  ok(tried >= 10, `${tried} headers drawn that decode to no text`);
  const cursor = `${b64url('{"page":3}')}.${b64url('{"offset":40}')}.${draw(43)}`;
  deepStrictEqual(found(`next=${cursor}`), [], "a JSON header without alg");
});
