/**
 * Values under key names that secret scanners know (Code Climate's CC_TEST_REPORTER_ID, Jenkins' crumb, a Postmark token under `postmark` alone …) are
 * masked in the forms a CI file or a log writes them; the same names with a reference or a value
 * of another shape stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();

/** `length` lower-case hex digits from a seeded generator. */
const hexOf = (seed: number, length: number) => seededRandom(seed).chars(length, HEX);

function masked(lines: readonly string[], value: string): void {
  for (const line of lines) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(value), false, out);
  }
}

Deno.test("Code Climate's test reporter id (64 hex) under CC_TEST_REPORTER_ID", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const id = hexOf(seed, 64);
    masked([
      `env:\n  CC_TEST_REPORTER_ID: ${id}`,
      `export CC_TEST_REPORTER_ID="${id}"`,
      `{"cc_test_reporter_id":"${id}"}`,
    ], id);
  }
  for (
    const line of [
      "CC_TEST_REPORTER_ID: ${{ secrets.CC_TEST_REPORTER_ID }}",
      "CC_TEST_REPORTER_ID=3ff9406b69a009c4",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a Jenkins crumb (32 or 64 hex) after Jenkins-Crumb", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const crumb = hexOf(seed, seed % 2 === 0 ? 32 : 64);
    masked([
      `curl -X POST -H 'Jenkins-Crumb:${crumb}' https://ci.corp.test/job/app/build`,
      `Jenkins-Crumb: ${crumb}`,
      `{"_class":"hudson.security.csrf.DefaultCrumbIssuer","jenkins_crumb":"${crumb}"}`,
    ], crumb);
  }
  for (
    const line of ["-H 'Jenkins-Crumb: ${CRUMB}'", "Jenkins-Crumb: 921be25fcfd0"]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a Postmark token (a UUID) under `postmark` alone, as a mailer's settings write it", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const h = hexOf(seed, 32);
    const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${
      h.slice(20)
    }`;
    masked(
      [`  postmark: "${uuid}",`, `{"mailer":{"postmark":"${uuid}"}}`, `postmark=${uuid}`],
      uuid,
    );
  }
  for (
    const line of [
      "postmark message 9f1c2e4a-7b3d-4e5f-a6b7-c8d9e0f1a2b3 delivered",
      'postmark: "${POSTMARK_TOKEN}"',
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
