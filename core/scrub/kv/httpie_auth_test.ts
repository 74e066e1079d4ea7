/**
 * HTTPie's credentials (`http -a USER:PASS`, `--auth USER:PASS`, `--auth=USER:PASS`, and a token
 * alone after `-A bearer`): the password, or the token, is masked, as curl's `-u` is; the user,
 * a user with no password (HTTPie asks for it) and a URL's `http://` stay. Found by the sixteenth
 * corpus's HTTP client carriers (corpus/secrets_carriers16.jsonl).
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const P = "Vb6nM3qXr8Tw", T = "tk9Pq2Wm7Zx4Lr5Nv8Bc";

Deno.test("HTTPie's password or token is masked", () => {
  const cases: [string, string][] = [
    [
      `$ http -a deploy:${P} GET https://registry.internal/v2/_catalog`,
      "$ http -a deploy:[REDACTED:cli-password-flag] GET https://registry.internal/v2/_catalog",
    ],
    [
      `https --auth=ci:${P} POST api.internal/v1/jobs`,
      "https --auth=ci:[REDACTED:cli-password-flag] POST api.internal/v1/jobs",
    ],
    [
      `http -v --auth 'ci:${P}' api.internal/v1/me`,
      "http -v --auth 'ci:[REDACTED:cli-password-flag]' api.internal/v1/me",
    ],
    [
      `http -A bearer -a ${T} api.internal/v1/me`,
      "http -A bearer -a [REDACTED:cli-password-flag] api.internal/v1/me",
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("a user alone, a URL and words after http stay", () => {
  for (
    const text of [
      "$ http -a deploy GET https://registry.internal/v2/_catalog",
      "GET http://api.internal/v1 -a deploy:x",
      "http -- version 3.2.2",
    ]
  ) strictEqual(scrub(text), text);
});
