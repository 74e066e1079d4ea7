/**
 * An `Authorization` header right after an escaped line break (`\r\n` written as text, as
 * urllib3's debug log prints the request it sends as a bytes literal) is read as a header: the
 * `n` of `\n` leaves no word boundary before the name, which kept it from being read.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const T = "bcae78955bfaf7e8211b201eab4fbd552e0f4bee";

Deno.test("Authorization after an escaped \\r\\n or \\n is masked, its scheme kept", () => {
  for (const lineBreak of ["\\r\\n", "\\n", "\\r"]) {
    const line = `send: b'GET / HTTP/1.1${lineBreak}Host: api.example${lineBreak}` +
      `Authorization: Token ${T}${lineBreak}Accept: */*${lineBreak}${lineBreak}'`;
    const out = scrubber.scrub(line).text;
    ok(!out.includes(T), out);
    ok(out.includes(`Authorization: Token [REDACTED:http-authorization]${lineBreak}`), out);
  }
});

Deno.test("a word glued before authorization is still no header", () => {
  const line = `preauthorization: Token ${T}`;
  strictEqual(scrubber.scrub(line).text.includes("preauthorization: Token "), true);
});
