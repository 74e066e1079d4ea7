/**
 * `etcdctl get` prints a key's path alone on its line and its value on the next: under a
 * secret-named path (`/app/db/password`), that next line's word is masked. A path alone after
 * one (a listing of files, `find`'s output) is no value, nor is a word under a path that names
 * no secret.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Tz6nQw3Lp8VkR2", B = "r2Jx9Mb4Hs7DqW";

Deno.test("the line after a secret-named key's path is its value", () => {
  strictEqual(
    scrub(
      `$ etcdctl get --prefix /app/db\n/app/db/host\ndb1\n/app/db/password\n${A}\n/app/db/user\nbob`,
    ),
    "$ etcdctl get --prefix /app/db\n/app/db/host\ndb1\n/app/db/password\n" +
      "[REDACTED:password-assignment]\n/app/db/user\nbob",
  );
  strictEqual(
    scrub(`/config/web/client_secret  \n${B}`),
    "/config/web/client_secret  \n[REDACTED:secret-assignment]",
  );
});

Deno.test("a path below a path, or a value under another name, stays", () => {
  for (
    const text of [
      "/var/run/secrets/kubernetes.io/serviceaccount/token\n/var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
      "/app/db/password_policy\nstrict",
      "/app/db/host\ndb1.internal",
      "/token\nabc",
    ]
  ) strictEqual(scrub(text), text);
});
