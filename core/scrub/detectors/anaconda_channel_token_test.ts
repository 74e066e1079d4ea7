/**
 * An Anaconda channel token rides in the channel URL's path (`https://conda.anaconda.org/t/<token>/
 * <channel>`, as `.condarc` and `conda config --show` print it): the segment after `/t/` on
 * anaconda.org, anaconda.cloud or anaconda.com is masked, the host and the channel kept. A
 * channel URL without a token, a short segment and `/t/` on another host stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const scrubber = createScrubber();

Deno.test("the token segment of an Anaconda channel URL is masked", () => {
  const rnd = seededRandom(0xa7ac);
  for (let i = 0; i < 12; i++) {
    const t = Array.from({ length: 32 }, () => ALNUM[Math.floor(rnd() * ALNUM.length)]).join("");
    for (
      const [text, kept] of [
        [`channels:\n  - https://conda.anaconda.org/t/${t}/acme-internal`, "/acme-internal"],
        [`  - https://repo.anaconda.cloud/t/${t}/repo/main`, "/repo/main"],
        [`channel_alias: https://conda.anaconda.com/t/${t}/`, "anaconda.com/t/"],
      ]
    ) {
      const out = scrubber.scrub(text).text;
      ok(!out.includes(t), out);
      ok(out.includes(kept), out);
    }
  }
});

Deno.test("channel URLs without a token, and /t/ on other hosts, stay", () => {
  for (
    const text of [
      "channels:\n  - https://conda.anaconda.org/conda-forge\n  - defaults",
      "  - https://repo.anaconda.cloud/t/short-seg/repo/main",
      "see https://community.example.org/t/conda-install-hangs-forever/1234",
    ]
  ) strictEqual(scrubber.scrub(text).text, text);
});
