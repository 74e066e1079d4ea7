/**
 * A `user:password` pair given to a key named `auth` (Elasticsearch's `cloud.auth`, `basic_auth`,
 * `BASIC_AUTH=`, `"auth": "…"`): its password is masked, in every syntax the
 * key/value reader reads; a reference, a stand-in, a URL or a colon-separated name under another
 * key stays.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed as scrub, secretFrom } from "../kv/test_support.ts";

const FORMS = [
  (v: string) => `cloud.auth: "${v}"`,
  (v: string) => `basic_auth: '${v}'`,
  (v: string) => `BASIC_AUTH=${v}`,
  (v: string) => `{"proxy_auth":"${v}","timeout":30}`,
  (v: string) => `export ES_AUTH=${v}`,
  (v: string) => `auth = "${v}"`,
  (v: string) => `--http-auth ${v} --retries 3`,
];

Deno.test("the password of a user:password pair under an auth key is masked, the user kept", () => {
  const rnd = seededRandom(0xa17);
  for (let i = 0; i < 12; i++) {
    const user = ["elastic", "deploy", "svc-ci", "ops@corp.internal"][i % 4];
    const password = secretFrom(rnd, 6, 20);
    for (const form of FORMS) {
      const line = form(`${user}:${password}`);
      const out = scrub(line);
      ok(!out.includes(password), `${line} -> ${out}`);
      // Kept unless key-assignment-high-entropy takes the whole pair as one random value.
      ok(out.includes(`${user}:[REDACTED:`) || !out.includes(user), `${line} -> ${out}`);
    }
  }
});

Deno.test("a reference, a stand-in, a URL or a name under such a key stays", () => {
  for (
    const line of [
      'auth: "elastic:${ES_PASSWORD}"',
      "basic_auth: admin:<password>",
      "SERVICE_AUTH=https://login.corp.internal/oauth",
      "x-auth: none",
      "cache_key=user:42:profile",
      "rate-limit bucket=auth:Zx9Qm2LwV7pK4rT8yB3n remaining=0",
    ]
  ) strictEqual(scrub(line), line);
});
