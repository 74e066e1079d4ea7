/**
 * A JAAS login module's statement written one option a line (`jaas.conf`): its users'
 * passwords (`user_NAME="PW"`) on the lines below `LoginModule required`, up to the `;` that ends
 * the statement. After the `;`, a `user_…` field is a log's again.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("the users of a login module written over lines are masked up to its ;", () => {
  const text = [
    "KafkaServer {",
    "   org.apache.kafka.common.security.plain.PlainLoginModule required",
    '   username="admin"',
    '   user_admin="Qv7Lm2Rx9Tz4"',
    '   user_alice="Hk3#Wp8Nc5Ys";',
    "};",
  ].join("\n");
  const out = scrubber.scrub(text).text;
  ok(!out.includes("Qv7Lm2Rx9Tz4") && !out.includes("Hk3#Wp8Nc5Ys"), out);
  ok(out.includes('username="admin"'), out);
});

Deno.test("after the statement's ; and without a login module, user_ fields stay", () => {
  for (
    const text of [
      'Server {\n  DigestLoginModule required\n  user_super="Zq8Vn3Lw6Kt1";\n};\nuser_role="admin-operator"',
      'request done\nuser_name="alice-ops" status=ok',
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(out.endsWith(text.slice(text.lastIndexOf("\n"))), out);
  }
  const reference = 'Client {\n  PlainLoginModule required\n  user_bob="${BOB_PASSWORD}";\n};';
  strictEqual(scrubber.scrub(reference).text, reference);
});
