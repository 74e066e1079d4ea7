/**
 * An AWS STS session token with no name before it (`Using credential IQoJb3JpZ2luX2Vj…`, a
 * token alone in quotes): the base64 of the token's own header, which starts `FwoGZXIvYXdzE` or
 * `IQoJb3JpZ2luX2Vj` (as every session token STS issues does), and a long base64 body.
 */
import { equal, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Deno.test("an STS session token with no name is masked", () => {
  const rnd = seededRandom(0x575);
  for (let i = 0; i < 24; i++) {
    const body = Array.from({ length: 180 + 20 * i }, () => B64[Math.floor(rnd() * B64.length)])
      .join("");
    const token = (i % 2 ? "FwoGZXIvYXdzE" : "IQoJb3JpZ2luX2Vj") + body + ["", "=", "=="][i % 3];
    for (
      const line of [
        `[DEBUG] Using credential ${token}`,
        `assumed role ok; session ${token} expires 2026-12-07T11:00:00Z`,
        `"${token}"`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      ok(!out.includes(body.slice(0, 40)), out);
    }
  }
});

Deno.test("the prefix alone, or with a short body, stays", () => {
  for (
    const line of [
      "session tokens start FwoGZXIvYXdzE or IQoJb3JpZ2luX2Vj",
      "prefix=IQoJb3JpZ2luX2VjQm9yZWQ",
    ]
  ) equal(scrubber.scrub(line).text, line);
});
