/**
 * A cookie header captured inside braces, as HAProxy logs the request headers it captures
 * (`{Cookie: session=v}`): the value is masked and the closing brace stays; a value already
 * stood in for (`session=<redacted>`, `${API_KEY}`: a `}` closing the value's own `{` is the value's)
 * leaves the line as it is.
 */
import { equal, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_-";

const haproxy = (captured: string) =>
  `haproxy[2211]: client [07/Dec/2026:10:11:02.310] fe~ be/web1 0/0/1/12/13 200 512 - - ---- ` +
  `1/1/0/0/0 0/0 {${captured}} "GET /api HTTP/1.1"`;

Deno.test("a captured cookie's value is masked and its closing brace kept", () => {
  const rnd = seededRandom(0xb7ace);
  for (let i = 0; i < 20; i++) {
    const value = Array.from({ length: 24 + i }, () => CHARS[Math.floor(rnd() * CHARS.length)])
      .join("");
    for (const captured of [`Cookie: session=${value}`, `Cookie: lang=en; SESSIONID=${value}`]) {
      const out = scrubber.scrub(haproxy(captured)).text;
      ok(!out.includes(value), out);
      ok(/\]\} "GET \/api HTTP\/1\.1"$/.test(out), out);
    }
  }
});

Deno.test("a captured cookie that holds no secret leaves the line as it is", () => {
  for (
    const captured of [
      "Cookie: session=<redacted>",
      "Cookie: session=[FILTERED]",
      "Cookie: session=${API_KEY}",
      "Cookie: session={{token}}",
    ]
  ) equal(scrubber.scrub(haproxy(captured)).text, haproxy(captured));
});

Deno.test("a reference in braces is still one cookie value, out of braces too", () => {
  for (
    const line of [
      "> Cookie: theme=dark; auth_token=${API_KEY}; lang=en",
      "< Set-Cookie: access_token=${API_KEY}; Path=/; HttpOnly",
      "Cookie: session={{token}}; lang=en",
      "Set-Cookie: access_token=${API_KEY}",
    ]
  ) equal(scrubber.scrub(line).text, line);
});
