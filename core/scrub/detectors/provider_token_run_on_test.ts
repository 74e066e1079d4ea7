/**
 * A provider token glued to more letters, digits or underscores is part of a longer word, not
 * the token: its detector never masks a piece of the run and leaves the rest of it showing (a
 * hash, an id or a longer token would be cut in two, its start masked under a wrong name). Each
 * detector's own generated values, followed by one letter or digit, or by a random run of 300 starting with it.
 */
import { ok } from "@node/assert";
import { matchDetector } from "../match.ts";
import { formatOf } from "./examples/sample_names.ts";
import { generateAccepted } from "../corpus/provider_cases.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { CONTENT_CHECKED, PROVIDER_DETECTORS } from "./test_support.ts";

/**
 * Characters that may follow a token by its format: a GitLab token of no fixed length is masked
 * from its start inside any longer run (it fails closed, ./code_hosts.ts), a Defined Networking
 * token is lower-case only.
 */
const MAY_FOLLOW: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    [
      "gitlab-pat",
      "gitlab-deploy-token",
      "gitlab-runner-auth-token",
      "gitlab-scim-token",
      "gitlab-feed-token",
      "gitlab-ci-job-token",
      "gitlab-feature-flags-client-token",
      "gitlab-runner-registration-token",
    ].map((id) => [id, "Az0"]),
  ),
  "defined-networking-api-token": "A",
};
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const randomRun = (random: () => number, length: number) =>
  Array.from({ length }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join("");
const WORD = /[A-Za-z0-9]/;

Deno.test("a provider token running on into a longer word is never masked in part", () => {
  const cut: string[] = [];
  const runs = seededRandom(0x52a);
  let checked = 0;
  for (const detector of PROVIDER_DETECTORS) {
    const format = formatOf(detector);
    if (format === undefined) continue;
    const random = seededRandom(checked + 0x7a11);
    for (let n = 0; n < 3; n++) {
      const token = generateAccepted(detector, format, random);
      if (token === undefined) {
        // Its format says too little: its check reads more than the format (CONTENT_CHECKED).
        ok(CONTENT_CHECKED.has(detector.id), `${detector.id}: no value of its format is accepted`);
        break;
      }
      const line = format.kind === "assigned" ? `${format.name}=${token.text}` : token.text;
      for (const c of ["A", "z", "0"]) {
        if (MAY_FOLLOW[detector.id]?.includes(c)) continue;
        // One character more, or a random run of 300 (random, so that the token's start with
        // the run's start would pass its entropy bound).
        for (const run of [c, c + randomRun(runs, 299)]) {
          const text = line + run;
          const spans = matchDetector(detector, text);
          const partial = spans.find((s) => s.end < text.length && WORD.test(text[s.end]));
          if (partial !== undefined) cut.push(`${detector.id}: ${text.slice(0, partial.end + 3)}…`);
          checked++;
        }
      }
    }
  }
  ok(checked > 1000, `${checked} runs`);
  ok(cut.length === 0, `${cut.length} cut:\n${cut.slice(0, 40).join("\n")}`);
});
