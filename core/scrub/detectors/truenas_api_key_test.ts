/**
 * A TrueNAS API key (its numeric id, `-`, 64 random letters and digits) is masked in an
 * `auth.login_with_api_key` call (JSON-RPC over a WebSocket, `midclt`) or by the word truenas;
 * an id before a SHA-256 in hex, a shorter or longer body, or a body of one case stays.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A key of the documented layout, from a seeded generator. */
function keyOf(seed: number): string {
  const random = seededRandom(seed);
  let body = "";
  while (!/\d/.test(body) || !/[A-Z]/.test(body) || !/[a-z]/.test(body)) {
    body = random.chars(64, ALPHABET);
  }
  return `${1 + random.int(300)}-${body}`;
}

Deno.test("a TrueNAS API key in a login call or by the word truenas is masked", () => {
  for (let seed = 1; seed <= 30; seed++) {
    const key = keyOf(seed);
    for (
      const line of [
        `{"id":"a1","msg":"method","method":"auth.login_with_api_key","params":["${key}"]}`,
        `{"msg": "method", "method": "auth.login_with_api_key", "params" : [ "${key}" ]}`,
        `midclt call auth.login_with_api_key ${key}`,
        `truenas api key: ${key}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(key.slice(key.indexOf("-") + 1)), false, out);
    }
  }
});

Deno.test("other ids and bodies of another shape stay", () => {
  const hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  for (
    const line of [
      `truenas snapshot 1-${hex}`,
      `auth.login_with_api_key 2-${hex.toUpperCase()}`,
      `truenas: 12-${keyOf(3).slice(-40)}`,
      `truenas: 12-${keyOf(4).split("-")[1]}Q`,
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
