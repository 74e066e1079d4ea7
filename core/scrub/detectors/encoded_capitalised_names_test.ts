/**
 * base64-encoded-password finds base64 that decodes to a secret assigned under a capitalised or
 * camel-case name (`Token=…`, `ApiKey=…`, `API_KEY=…`, `Secret=…`): base64 keeps case, so each
 * spelling is a keyword of its own (./encoded_credentials.ts SECRET_WORDS), and the decoded
 * text is read by the key/value reader as for the lower-case names.
 */
import { ok, strictEqual } from "@node/assert";
import { defaultPolicy } from "../policy_defaults.ts";
import { scrubberFor } from "../scrubber.ts";

const scrubber = scrubberFor(defaultPolicy(), { pseudonymKey: new Uint8Array(32).fill(5) });
const scrub = (text: string) => scrubber.scrub(text).text;

/** Each name and a value assigned to it, encoded as `name=value` (values generated). */
const ENCODED: [name: string, value: string][] = [
  ["Token", "owas0WOjm3FOztY3qx3agWHTXzGr"],
  ["ApiKey", "3K1w3MnFCUFgFUt1p6JuKXDQ871T"],
  ["apiKey", "eQJ6KqNfn8hrS3XKSGUKU5pWBZ1V"],
  ["API_KEY", "yElkSCZo0UiW5Z5lNN76nA2iYzIr"],
  ["api-key", "buaD3V1Q40QiSY3diNBPWpHZwJ9q"],
  ["Secret", "kBJcUH6bTB4BBKVvNgor35AsixGM"],
  ["Password", "eyhRlETGHM7TN23Ib6tqNlKX3eBv"],
];

const CARRIERS: ((b64: string) => string)[] = [
  (b) => `{"event":"webhook","payload":"${b}"}`,
  (b) => `  payload: ${b}`,
  (b) => `<Request><payload>${b}</payload></Request>`,
];

ENCODED.forEach(([name, value], i) => {
  const encoded = btoa(`${name}=${value}`);
  const line = CARRIERS[i % CARRIERS.length](encoded);
  Deno.test(`base64 of ${name}=…: masked`, () => {
    const out = scrub(line);
    ok(!out.includes(encoded), out);
    ok(out.includes("[REDACTED:base64-encoded-password]"), out);
  });
});

Deno.test("base64 of a capitalised name with no secret assigned stays", () => {
  for (
    const text of [
      "Token expired for session 42",
      "ApiKey rotation scheduled",
      "Secret=", // nothing assigned
      "Password reset requested by bob",
    ]
  ) {
    const line = `{"event":"audit","payload":"${btoa(text)}"}`;
    strictEqual(scrub(line), line);
  }
});
