/**
 * Go's `%#v` of gRPC metadata or an `http.Header` writes each value in a string slice
 * (`"authorization":[]string{"Bearer v"}`): the credentials inside the slice are masked, whatever
 * their characters, and the slice's syntax and the other keys' slices stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x61c2);
/** Letters, digits and the symbols a password may hold past a bearer token's alphabet. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789^!*#$";
const generated = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");

Deno.test("credentials in a Go string slice after authorization are masked, the slice kept", () => {
  for (let i = 0; i < 12; i++) {
    const value = `${generated(6)}^${generated(8 + i)}`;
    for (const scheme of ["Bearer ", "Basic ", "Token ", ""]) {
      const line =
        `md: metadata.MD{":authority":[]string{"api:443"}, "authorization":[]string{"${scheme}${value}"}, "content-type":[]string{"application/grpc"}}`;
      const out = scrubber.scrub(line).text;
      ok(!out.includes(value), line);
      ok(out.includes(`"authorization":[]string{"${scheme}`), out);
      ok(out.includes(`"content-type":[]string{"application/grpc"}}`), out);
    }
  }
});

Deno.test("other keys' string slices stay", () => {
  const line =
    `md: metadata.MD{":authority":[]string{"api:443"}, "content-type":[]string{"application/grpc"}, "user-agent":[]string{"grpc-go/1.64.0"}}`;
  deepStrictEqual(scrubber.scrub(line).text, line);
});
