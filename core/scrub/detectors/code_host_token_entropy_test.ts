/**
 * GitHub and GitLab tokens at the entropy bound: without a valid checksum a token needs 3 bits
 * of entropy per character, one from a small alphabet (2–3 bits) is a stand-in and stays, one
 * between 3 and 4 bits is masked; with GitHub's CRC-32 it is masked whatever its entropy. The
 * CRC-32 body is read up to 256 characters.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { matchDetector } from "../match.ts";
import { shannonEntropy } from "../entropy.ts";
import { base62Check, base62Crc32Valid, crc32 } from "../checksums/crc32.ts";
import { detectors } from "./code_hosts.ts";

const random = seededRandom(0x61b);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const detector = (id: string) => detectors.find((d) => d.id === id)!;
const found = (id: string, token: string) =>
  matchDetector(detector(id), `token ${token} ok`).some((s) => s.end - s.start === token.length);
/** `length` characters from `distinct` letters and digits, not in ascending runs. */
const body = (length: number, distinct: number) => {
  const pool = [...ALNUM].sort(() => random.next() - 0.5).slice(0, distinct).join("");
  return random.chars(length, pool);
};
const inBand = (texts: string[], low: number, high: number) =>
  texts.every((t) => shannonEntropy(t) >= low && shannonEntropy(t) <= high);

Deno.test("a token without a valid checksum: masked from 3 bits of entropy, a stand-in below", () => {
  let masked = 0, kept = 0;
  for (let k = 0; masked < 40 || kept < 40; k++) {
    ok(k < 20_000, `${masked} masked, ${kept} kept`);
    const distinct = 4 + random.int(8);
    const gh = body(36, distinct);
    const ghToken = `ghp_${gh}`;
    if (base62Crc32Valid(gh)) continue;
    const gl = body(20, distinct);
    const glToken = `glpat-${gl}`;
    if (inBand([gh, ghToken, gl, glToken], 3.05, 3.95)) {
      masked++;
      ok(found("github-pat", ghToken), ghToken);
      ok(found("gitlab-pat", glToken), glToken);
    } else if (inBand([gh, ghToken, gl, glToken], 2.05, 2.95)) {
      kept++;
      ok(!found("github-pat", ghToken), ghToken);
      ok(!found("gitlab-pat", glToken), glToken);
    }
  }
});

Deno.test("a GitHub token with a valid CRC-32 is masked whatever its entropy", () => {
  for (const distinct of [2, 3, 5, 40]) {
    const random30 = body(30, distinct);
    const token = `ghp_${random30}${base62Check(crc32(random30))}`;
    ok(found("github-pat", token), token);
  }
});

Deno.test("the CRC-32 check reads bodies of 7 to 256 characters", () => {
  for (const length of [1, 2, 100, 250]) {
    const random = body(length, 30);
    const valid = random + base62Check(crc32(random));
    strictEqual(base62Crc32Valid(valid), valid.length <= 256, `${valid.length}`);
  }
  const at256 = body(250, 30);
  strictEqual(base62Crc32Valid(at256 + base62Check(crc32(at256))), true, "256");
  const at257 = body(251, 30);
  strictEqual(base62Crc32Valid(at257 + base62Check(crc32(at257))), false, "257");
  strictEqual(base62Crc32Valid(base62Check(crc32(""))), false, "nothing before the check");
});

Deno.test("a GitLab token of one fixed length does not run on: one character more is no such token", () => {
  for (
    const [id, prefix, length] of [["gitlab-pipeline-trigger-token", "glptt-", 40], [
      "gitlab-incoming-mail-token",
      "glimt-",
      25,
    ], ["gitlab-oauth-app-secret", "gloas-", 64]] as const
  ) {
    for (let k = 0; k < 10; k++) {
      const body = random.chars(length + 1, ALNUM);
      ok(found(id, `${prefix}${body.slice(0, length)}`), `${prefix} ${length}`);
      ok(
        matchDetector(detector(id), `token ${prefix}${body} ok`).length === 0,
        `${prefix} ${length + 1}`,
      );
    }
  }
});

Deno.test("a GitLab token of a length range may stop anywhere: a run past its cap is still found", () => {
  for (
    const [id, prefix, cap] of [["gitlab-runner-auth-token", "glrt-", 300], [
      "gitlab-deploy-token",
      "gldt-",
      300,
    ], ["gitlab-agent-token", "glagent-", 1024]] as const
  ) {
    const run = random.chars(cap + 20, ALNUM);
    const spans = matchDetector(detector(id), `token ${prefix}${run} ok`);
    ok(spans.length > 0 && spans[0].end - spans[0].start >= prefix.length + cap, prefix);
  }
});
