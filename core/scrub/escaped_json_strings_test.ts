/**
 * JSON carried in a JSON string, once or twice (a webhook body in a log line, an SQS message in an
 * event in a log line: `{"body":"{\"k\":\"v\"}"}`, `{"event":"{\"body\":\"{\\\"k\\\":…"}`), and
 * other strings quoted inside a string (`<<\"v\">>`), are read at the depth they were written: the
 * line's view is decoded to its innermost level (./decoded_view.ts nestedView) and the detectors
 * read that view instead of the escaped text, so a value is masked as in the plain text and a
 * string holding no secret stays whole as in the plain text. Values generated here, seeded.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { decodedView, nestedView, originalRange } from "./decoded_view.ts";
import type { Detector } from "./detector.ts";
import { seededRandom } from "./corpus/token_generator.ts";
import { defaultPolicy } from "./policy_defaults.ts";
import { scrubberFor } from "./scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(7) });
const scrub = (text: string) => scrubber.scrub(text).text;
const random = seededRandom(0x5e1f);
const chars = (n: number, alphabet: string) =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const WORD = "abcdefghijklmnopqrstuvwxyz";

/** JSON string contents of `text` (what JSON.stringify writes between the quotes). */
const escaped = (text: string) => JSON.stringify(text).slice(1, -1);
/** `text` as a log line's `body` string (one level) or in an event's body in it (two). */
const carried = (text: string, levels: 1 | 2) =>
  levels === 1
    ? `{"level":"info","msg":"forwarding payload","body":"${escaped(text)}"}`
    : `{"level":"info","msg":"relay","event":"${
      escaped(JSON.stringify({ source: "sqs", body: text }))
    }"}`;

/** Texts with a secret or personal value that the plain text's reading masks. */
function valued(): [text: string, value: string][] {
  const key = `${chars(30, B64)}=`.slice(-44);
  const hex = chars(64, "0123456789abcdef");
  const password = `${chars(6, WORD)}-${chars(5, WORD)}-${chars(4, "0123456789")}!`;
  const local = `${chars(5, WORD)} ${chars(7, WORD)}`;
  return [
    [`[{enabled,true},{encryption_key,<<"${key}">>},{host,<<"db.internal">>}]`, key],
    [`#{hmac_key => <<"${hex}">>,timeout => 10}`, hex],
    [JSON.stringify({ name: "hmac", generic_secret: { secret: { inline_string: key } } }), key],
    [`INSERT INTO oauth_clients (client_id, jwt_secret) VALUES ('web', '${hex}')`, hex],
    [JSON.stringify({ Name: "prod/app", SecretString: JSON.stringify({ password }) }), password],
    [JSON.stringify({ id: 7, reply_to: `"${local}"@mail.example.org` }), local],
  ];
}

/**
 * An AWS Secrets Manager secret whose JSON holds no secret field (`{"username":…,"request_id":…}`,
 * itself a string in the response): its name is no secret's value.
 */
function noSecretInside(): string {
  const id = [8, 4, 4, 4, 12].map((n) => chars(n, "0123456789abcdef")).join("-");
  const inner = JSON.stringify({ username: chars(6, WORD), request_id: id });
  return `{"Name": "prod/${chars(4, WORD)}", "SecretString": ${JSON.stringify(inner)}}`;
}

Deno.test("a value in JSON carried in a JSON string, once or twice, is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 6; k++) {
    for (const [text, value] of valued()) {
      // The plain text's reading masks it: the carried one must too, whatever its escapes.
      if (scrub(text).includes(value)) left.push(`plain: ${text}`);
      for (const levels of [1, 2] as const) {
        const line = carried(text, levels);
        const shown = levels === 1 ? escaped(value) : escaped(escaped(value));
        if (scrub(line).includes(shown)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a secret's JSON string holding no secret field stays whole, as read plain", () => {
  const changed: string[] = [];
  for (let k = 0; k < 12; k++) {
    const text = noSecretInside();
    for (const line of [text, carried(text, 1)]) if (scrub(line) !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});

Deno.test("an ETag's escaped quotes are no string in a string: the line is read as written", () => {
  const etag = chars(32, "0123456789abcdef");
  const line = `{"etag":"W/\\"${etag}\\"","path":"/v1/keys/${chars(5, "0123456789")}"}`;
  strictEqual(scrub(line), line);
  strictEqual(nestedView(line)?.outer, undefined);
});

Deno.test("nestedView decodes each level once and maps a range back to the original", () => {
  const value = chars(24, B64);
  const line = carried(JSON.stringify({ token: value }), 2);
  const once = decodedView(line)!;
  const view = nestedView(line)!;
  deepStrictEqual([view.outer?.text, view.outer?.edits], [once.text, once.edits]);
  strictEqual(view.text.includes(`"token":"${value}"`), true);
  const at = view.text.indexOf(value);
  const [start, end] = originalRange(view, at, at + value.length);
  strictEqual(line.slice(start, end), value);
  // The quotes around it map to their escapes, three characters each at the inner level.
  const [qs, qe] = originalRange(view, at - 1, at);
  strictEqual(line.slice(qs, qe), '\\\\\\"');
});

Deno.test("a line read on its view alone is not read escaped first; one that hides more is", () => {
  // A detector woken by a word before the strings' mark (`{\"`) reads the view only: what it
  // found on the escaped line was set aside and dropped. With a `\u` escape also hiding
  // something, there is no view to read alone: the escaped line is read, and its view after it.
  const read: string[] = [];
  const reads: Detector = {
    id: "test-reads",
    kind: "secret",
    pattern: /(?!)/g,
    prefilter: { keywords: ["tracekey"] },
    find: (line) => {
      read.push(line);
      return [];
    },
    examples: { positive: [], negative: [] },
  };
  const test = scrubberFor(defaultPolicy(), { detectors: [reads], blockDetectors: [] });
  const word = chars(8, WORD);
  const body = escaped(JSON.stringify({ level: "info", msg: chars(6, WORD) }));
  const line = `{"tracekey":"${word}","body":"${body}"}`;
  strictEqual(test.scrub(line).text, line);
  deepStrictEqual(read, [nestedView(line)!.text]);
  read.length = 0;
  const hiding = `{"tracekey":"${word}\\u0041","body":"${body}"}`;
  strictEqual(test.scrub(hiding).text, hiding);
  deepStrictEqual(read, [hiding, nestedView(hiding)!.text]);
});
