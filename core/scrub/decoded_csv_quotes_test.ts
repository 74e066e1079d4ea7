/**
 * A JSON log line exported in a CSV cell has every quote doubled (`"{""password"":""v""}"`): on
 * a line holding such a pair (`"":""`), the decoded view reads `""` as one quote, so the JSON's
 * secrets are found and masked in the cell; the cell's other text, and lines whose `""` is an
 * empty string, stay as they are.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "./corpus/token_generator.ts";
import { decodedView, originalRange } from "./decoded_view.ts";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

const random = seededRandom(5501);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const value = (n: number) =>
  Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join("");

/** `json` as a CSV cell writes it: quoted, its quotes doubled. */
const cell = (json: string) => `"${json.replaceAll('"', '""')}"`;

Deno.test("a secret in JSON inside a CSV cell is masked", () => {
  for (const name of ["password", "client_secret", "api_key", "token"]) {
    for (let i = 0; i < 3; i++) {
      const secret = value(16 + i * 4);
      const json = JSON.stringify({ level: "info", user: "bob", [name]: secret, n: i });
      const line = `"2026-03-0${i + 1}T10:00:00Z",${cell(json)},"app-${i}"`;
      const out = scrub(line);
      ok(!out.includes(secret), out);
      ok(
        out.startsWith(`"2026-03-0${i + 1}T10:00:00Z","{""level"":""info"",""user"":""bob""`),
        out,
      );
    }
  }
});

Deno.test("CSV cells of JSON with no secret, and empty strings, stay", () => {
  for (
    const line of [
      `"2026-03-01T10:00:00Z",${cell(JSON.stringify({ page: 2, q: "", theme: "dark" }))}`,
      `"a","","b"`,
      `{"a":"","b":"x\\u002dy"}`,
    ]
  ) strictEqual(scrub(line), line);
  // `""` is one quote only on a line holding a doubled pair.
  strictEqual(decodedView(`{"a":"","b":"x\\u0040y"}`)!.text, `{"a":"","b":"x@y"}`);
  strictEqual(decodedView(`"{""a"":""""}"`)!.text, `"{"a":""}"`);
  // A finding in the view masks the bytes it was decoded from.
  const line = `"{""k"":""v1"",""n"":""""}"`;
  const view = decodedView(line)!;
  strictEqual(view.text, `"{"k":"v1","n":""}"`);
  const at = view.text.indexOf("v1");
  const [start, end] = originalRange(view, at - 1, at + 3);
  strictEqual(line.slice(start, end), `""v1""`);
});
