/**
 * An .npmrc / .yarnrc.yml auth token is read from 8 characters on (it was 20): the name says
 * what the value is, so a short or masked-looking value after `:_authToken=` is still the
 * credential. Templates, plain words and short values stay. Values are generated here with a
 * seeded generator.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { matchDetector } from "../match.ts";
import { createScrubber } from "../mod.ts";
import { detectors } from "./registries.ts";

const random = seededRandom(0x4e9a);
const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const chars = (n: number) =>
  Array.from({ length: n }, () => BASE62[Math.floor(random() * BASE62.length)]).join("");
const npmAuth = detectors.find((d) => d.id === "npm-auth-token")!;
const scrubber = createScrubber();

Deno.test("an npm auth token of 8 to 19 characters is found after :_authToken= and npmAuthToken:", () => {
  for (let k = 0; k < 120; k++) {
    const value = chars(8 + (k % 12));
    for (
      const line of [
        `//registry.npmjs.org/:_authToken=${value}`,
        `//npm.pkg.example.com/:_authToken= ${value}`,
        `npmAuthToken: "${value}"`,
      ]
    ) {
      const spans = matchDetector(npmAuth, line);
      strictEqual(spans.length, 1, line);
      strictEqual(line.slice(spans[0].start, spans[0].end), value, line);
    }
  }
});

Deno.test("a short npm_ token whose body is typed as x is masked after :_authToken=", () => {
  for (let n = 4; n <= 11; n++) {
    const value = "npm_" + "x".repeat(n);
    const line = `//registry.npmjs.org/:_authToken=${value}`;
    const out = scrubber.scrub(line).text;
    ok(!out.includes(value), `${line} -> ${out}`);
  }
});

Deno.test("templates, plain words and values under 8 characters stay", () => {
  for (
    const line of [
      "//registry.npmjs.org/:_authToken=${NPM_TOKEN}",
      "//registry.npmjs.org/:_authToken=short",
      "//registry.npmjs.org/:_authToken=undefined",
      `//registry.npmjs.org/:_authToken=${chars(7)}`,
    ]
  ) {
    strictEqual(matchDetector(npmAuth, line).length, 0, line);
  }
});
