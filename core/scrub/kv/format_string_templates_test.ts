/**
 * A Python format string's template given to a secret-named variable (`"prefix_{}".format(v)`,
 * `"prefix_{0}".format(v)`, `f"prefix_{name}"`) builds the value from variables: words around
 * its fields are kept. A template whose literal text has a digit or a sign, or a literal with no
 * `.format(` and no `f` prefix, stays a value.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("a format string's template of words is kept", () => {
  for (
    const text of [
      'format_password = "prefix_{}".format(dynamic_value1)',
      'db_password = "pw_{0}".format(env)',
      'api_token = f"static-{tenant_id}"',
      "    client_secret = f'{prefix}_{suffix}'",
    ]
  ) strictEqual(scrub(text), text);
});

Deno.test("a generated literal around a field stays masked", () => {
  const rnd = seededRandom(0x6f2d91);
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  for (let n = 0; n < 20; n++) {
    let v = "";
    for (let i = 0; i < 12; i++) v += chars[Math.floor(rnd() * chars.length)];
    v += String(n % 8 + 2);
    for (
      const text of [
        `password = "${v}{}".format(n)`,
        `password = f"${v}{n}"`,
        `password = "${v}_{}" + n`,
      ]
    ) strictEqual(scrub(text).includes(v), false, text);
  }
});
