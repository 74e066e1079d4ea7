/**
 * A Facebook / Meta app access token (`APP_ID|APP_SECRET`) is masked whatever the 32 hex
 * characters of its app secret happen to be: random hex falls below 3.5 bits per character about
 * one time in five, which the detector's entropy bound let through. Values of two characters
 * repeated still stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();

Deno.test("every random 32-hex app secret after an app id and | is masked", () => {
  const random = seededRandom(32);
  const leaked: string[] = [];
  for (let i = 0; i < 400; i++) {
    let secret = "";
    for (let k = 0; k < 32; k++) secret += "0123456789abcdef"[Math.floor(random() * 16)];
    const line = `INFO initialised graph client with 623587888352487|${secret}`;
    if (scrubber.scrub(line).text.includes(secret)) leaked.push(secret);
  }
  deepStrictEqual(leaked, []);
});

Deno.test("an app id and | before a value of two repeated characters stays", () => {
  const line = `app token 1029384756473829|${"ab".repeat(16)} (docs)`;
  strictEqual(scrubber.scrub(line).text, line);
});
