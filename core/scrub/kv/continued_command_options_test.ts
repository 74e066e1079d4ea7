/**
 * A command continued by `\` at its line's end (./commands.ts continuedCommand): its options on
 * the next lines are its own (`curl … \` then `  -u user:pass`), read while each line ends in
 * `\`; the line after the last one, and a continued line of another command (after a pipe), are
 * not read as its options.
 */
import { ok, strictEqual } from "@node/assert";
import { continuedCommand, MAX_WORDS } from "./commands.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const P = "Wq7Lz2Nx9Vk4";

Deno.test("a continued command's password flag on a line below is masked", () => {
  for (
    const text of [
      `curl -k -X POST https://cache.internal:11222/rest/v2/caches/default/hello \\\n  -H 'Content-type: text/plain' \\\n  -d 'world' \\\n  -u developer:${P}`,
      `$ curl https://api.example.com/oauth2/token \\\n  --user c28w1sosanu:${P} --data grant_type=authorization_code`,
      `mysql \\\n  -h db01.internal \\\n  -u app \\\n  -p${P} orders`,
      // a registry client's `login` on the command's first line, its password flag below
      `docker login registry.example.com \\\n  -u ci \\\n  -p ${P}`,
      `az login \\\n  -u ops@example.com -p ${P}`,
    ]
  ) ok(!scrubWholeAndStreamed(text).includes(P), text);
});

Deno.test("past the command's last line, or after a pipe, a flag below is no password", () => {
  for (
    const text of [
      `curl -s https://api.example.com/health\n  -u ci:${P}`,
      `curl -s https://api.example.com/v1 \\\n  -H 'Accept: text/plain'\n  -u ci:${P}`,
      `curl -s https://api.example.com/v1 | tee out.json \\\n  -u ci:${P}`,
      `docker run \\\n  -p 8080:80 \\\n  nginx login`,
      // a continued line whose command a pipe or `&&` ends: the line after it is another's
      `curl -s https://api.example.com/v1 \\\n  -H 'Accept: text/plain' | \\\n  sort -u ci:${P}`,
      `curl -s https://api.example.com/v1 \\\n  -o out.json && \\\n  sort -u ci:${P} out.json`,
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});

Deno.test("a continued line with more words than are read is cut there, masked unread", () => {
  const text = `curl -s https://api.example.com/v1 \\\n  ${"-H x ".repeat(2100)}-u ci:${P}`;
  ok(!scrubWholeAndStreamed(text, 4096).includes(P));
});

Deno.test("a command is read on below only when its line's words, its name one of them, are all read", () => {
  const options = (count: number) => Array.from({ length: count }, () => "-v").join(" ");
  // The name, the options and the `\`: MAX_WORDS words in all are read, one more is not.
  strictEqual(continuedCommand(`curl ${options(MAX_WORDS - 2)} \\`) !== null, true);
  strictEqual(continuedCommand(`curl ${options(MAX_WORDS - 1)} \\`), null);
  // A name glued to what follows it (`curl.exe`) is one word with it.
  strictEqual(continuedCommand(`curl.exe ${options(MAX_WORDS - 2)} \\`) !== null, true);
  strictEqual(continuedCommand(`curl.exe ${options(MAX_WORDS - 1)} \\`), null);
  // Its last word must be the `\`: not after a pipe that ends it.
  strictEqual(continuedCommand("curl -s https://api.example.com/v1 | \\"), null);
});
