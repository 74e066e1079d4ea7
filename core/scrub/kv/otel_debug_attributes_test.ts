/**
 * The OpenTelemetry collector's debug exporter prints each attribute as `-> name: Type(value)`:
 * a string bare in `Str(v)`, a list of strings as `Slice(["v"])`. Under a secret's name the value
 * is masked, the exporter's wrapping kept (an `authorization` header's credentials after its
 * scheme); other attributes and stand-ins stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

const random = seededRandom(9127);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const secret = () =>
  Array.from(
    { length: 14 + Math.floor(random() * 20) },
    () => ALPHABET[Math.floor(random() * ALPHABET.length)],
  ).join("");

const SECRET_NAMES = ["db.password", "password", "api_token", "http.request.header.x-api-key"];

Deno.test('a secret-named attribute\'s Str(v) and Slice(["v"]) are masked, the wrapping kept', () => {
  for (let i = 0; i < 40; i++) {
    const name = SECRET_NAMES[i % SECRET_NAMES.length], value = secret();
    for (
      const [shown, wrapped] of [[`Str(${value})`, /Str\(\[REDACTED:[\w-]+\]\)$/], [
        `Slice(["${value}"])`,
        /Slice\(\["\[REDACTED:[\w-]+\]"\]\)$/,
      ]] as const
    ) {
      const out = scrub(`     -> ${name}: ${shown}`);
      ok(!out.includes(value) && wrapped.test(out), out);
    }
    const auth = scrub(`     -> http.request.header.authorization: Slice(["Bearer ${value}"])`);
    ok(!auth.includes(value) && auth.includes('Slice(["Bearer [REDACTED:'), auth);
  }
});

Deno.test("other attributes and stand-ins in the exporter's wrapping stay", () => {
  for (
    const line of [
      "     -> http.method: Str(GET)",
      "     -> http.route: Str(/api/v1/orders/{id})",
      "     -> token: Str(<redacted>)",
      "     -> password: Str()",
      '     -> http.request.header.authorization: Slice(["Bearer <redacted>"])',
      '     -> http.request.header.accept: Slice(["application/json"])',
      "token = Str(abc) + suffix",
    ]
  ) strictEqual(scrub(line), line);
});
