/**
 * Text with CRLF line breaks (Windows services, HTTP traces, files saved on Windows) is scrubbed
 * as the same text with LF breaks is: a value continued on the next lines (a YAML block scalar, a
 * command continued by a closing backslash) is read though a \r stands before the \n, and every
 * \r is kept where it was.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = () => createScrubber(undefined, { pseudonymKey: new Uint8Array(32).fill(7) });

const PASSWORD = "Wq7Lz2Nx9Vk4pQ";
const CONTINUED = [
  `password: |\n  ${PASSWORD}\nnext: 1`,
  `db:\n  password: >-\n    ${PASSWORD}\n  user: app`,
  `mycli --password \\\n  ${PASSWORD}`,
  `curl -X POST https://api.example.com/v1/jobs \\\n  -u ci:${PASSWORD} \\\n  -d '{}'`,
  `docker login registry.example.com \\\n  -u deploy \\\n  -p ${PASSWORD}`,
];

Deno.test("a value continued on the next CRLF lines is masked as on LF lines, and each \\r is kept", () => {
  for (const lf of CONTINUED) {
    const crlf = lf.replaceAll("\n", "\r\n");
    const fromLf = scrubber().scrub(lf).text;
    const fromCrlf = scrubber().scrub(crlf).text;
    ok(!fromLf.includes(PASSWORD), `LF: ${fromLf}`);
    deepStrictEqual(fromCrlf, fromLf.replaceAll("\n", "\r\n"), lf);
  }
});

Deno.test("CRLF lines stream chunk by chunk as they scrub whole, the break split between chunks or not", () => {
  const text = CONTINUED.join("\n").replaceAll("\n", "\r\n") + "\r\n";
  const whole = scrubber().scrub(text).text;
  ok(!whole.includes(PASSWORD));
  for (const cut of [text.indexOf("\r") + 1, text.indexOf("\r"), 7, text.length - 1]) {
    const stream = scrubber().textStream();
    const out = stream.write(text.slice(0, cut)) + stream.write(text.slice(cut)) + stream.end();
    deepStrictEqual(out, whole, `cut at ${cut}`);
  }
});
