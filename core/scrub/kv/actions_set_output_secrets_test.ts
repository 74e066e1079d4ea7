/**
 * GitHub Actions' `::set-output name=NAME::VALUE` workflow command (as a runner's log or a step's
 * `echo` shows it): the value is masked when the output's name names a secret (`session_token`,
 * `DB_PASSWORD`, `api-key`), as `::add-mask::` values are; outputs named otherwise (`version`,
 * `image-tag`, `token_name`), and an expression, a variable or a file's path given as the value,
 * stay; the same for Azure Pipelines' `##vso[task.setvariable variable=NAME]VALUE`, whose value
 * is also masked when `issecret=true` marks it.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789#@%_";

Deno.test("a step output under a secret's name is masked", () => {
  const rnd = seededRandom(0x6a5e);
  for (let i = 0; i < 12; i++) {
    const v = "W" +
      Array.from({ length: 15 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    const name = ["session_token", "DB_PASSWORD", "api-key", "deployPassword"][i % 4];
    for (
      const line of [
        `::set-output name=${name}::${v}`,
        `echo "::set-output name=${name}::${v}"`,
        `2026-03-01T10:22:31.1234567Z ::set-output name=${name}::${v}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
      ok(out.includes(`::set-output name=${name}::`), out);
    }
  }
});

Deno.test("outputs under other names, and references as values, stay", () => {
  for (
    const line of [
      "::set-output name=version::1.2.3-rc.4",
      "::set-output name=image-tag::ghcr.io/acme/api:7f3c9e1b2a4d",
      "::set-output name=token_name::ci-deploy-bot",
      "::set-output name=api_key::${{ secrets.API_KEY }}",
      'echo "::set-output name=api_token::$TOKEN"',
      "::set-output name=db_password::/run/secrets/db_password",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("Azure Pipelines' setvariable: a variable named a secret, or marked issecret, is masked", () => {
  const rnd = seededRandom(0x5e7a);
  for (let i = 0; i < 12; i++) {
    const v = "V" +
      Array.from({ length: 15 }, () => CHARS[Math.floor(rnd() * CHARS.length)]).join("");
    for (
      const line of [
        `##vso[task.setvariable variable=sqlAdminPassword;isOutput=true]${v}`,
        `##[debug]Processed: ##vso[task.setvariable variable=apiToken;issecret=false]${v}`,
        `echo "##vso[task.setvariable variable=buildTag;isSecret=true]${v}"`,
        `2026-03-01T10:22:31.1234567Z ##vso[task.setvariable variable=release;issecret=true;isreadonly=true]${v}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
      ok(out.includes("##vso[task.setvariable variable="), out);
    }
  }
  for (
    const line of [
      "##vso[task.setvariable variable=buildTag]1.2.3-rc.4",
      "##vso[task.setvariable variable=sqlAdminLogin;isOutput=true]sqladmin2",
      "##vso[task.setvariable variable=dbPassword]$(kv-db-password)",
      "##vso[task.setvariable variable=dbPassword;issecret=true]",
    ]
  ) strictEqual(scrub(line), line);
});
