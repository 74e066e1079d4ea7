/**
 * A CLI's `config set KEY VALUE` reads its value after a blank wherever the command stands:
 * `aws configure set`, `git config --global`, `redis-cli CONFIG SET` (with Redis's `requirepass`
 * and `masterauth` password names), `config set` starting the line. A setting that names no
 * secret stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const value = "Zk81mQp2Lx7vTn4Rb9Wc";

Deno.test("a secret set by a CLI's config command is masked", () => {
  for (
    const line of [
      `aws configure set aws_secret_access_key ${value}`,
      `+ aws configure set aws_session_token ${value} --profile prod`,
      `git config --global github.token ${value}`,
      `redis-cli -h cache-1 CONFIG SET requirepass ${value}`,
      `redis-cli CONFIG SET masterauth ${value}`,
      `config set api_key ${value}`,
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("a setting that names no secret stays", () => {
  const lines = [
    "aws configure set region eu-west-1",
    "git config --global credential.helper store",
    "redis-cli CONFIG SET maxmemory 2gb",
    "git config --global user.name deploy-bot",
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
