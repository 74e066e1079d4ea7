/**
 * A Java object's default printout, its class and identity hash (`android.os.BinderProxy@2bd79ce`,
 * `com.acme.auth.TokenHolder@1b6d3586`), says which object held a value, never the value: Android
 * prints `Bad activity token: android.os.BinderProxy@2bd79ce` (loghub's Android log), and code
 * that logs a credentials object without a toString prints its class so. Found by running the
 * scrubber over the loghub datasets beside the benign corpus (corpus/benign8.jsonl). A value with
 * more than a class and a hash of up to 8 hex digits is still a value.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";
import { seededRandom } from "./corpus/token_generator.ts";

Deno.test("a Java object's class and identity hash is a placeholder", () => {
  deepStrictEqual(
    [
      "android.os.BinderProxy@2bd79ce",
      "com.acme.auth.TokenHolder@1b6d3586",
      "java.lang.Object@5e2de80c",
      "org.springframework.security.core.userdetails.User@c5c5d8f1",
      "com.acme.Outer$Inner@7a81197d",
    ].filter((v) => !isPlaceholder(v)),
    [],
  );
  deepStrictEqual(
    [
      "android.os.BinderProxy@2bd79ce9f",
      "Xk9pQ2@1b6d3586",
      "com.acme.Token@xyz12345",
      "com.acme.token@1b6d3586",
      "a.b@c.d",
    ].filter((v) => isPlaceholder(v)),
    [],
  );
  const scrubber = createScrubber();
  for (
    const line of [
      "Bad activity token: android.os.BinderProxy@2bd79ce",
      "credentials: org.springframework.security.core.userdetails.User@c5c5d8f1",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a Java array's printout (a char[] or byte[] password logged whole) is a placeholder", () => {
  // The identity hashes are generated (seeded), as the JVM prints them: up to 8 hex digits.
  const random = seededRandom(733);
  const hash = () => Math.floor(random() * 0xffffffff).toString(16);
  const scrubber = createScrubber();
  for (let i = 0; i < 8; i++) {
    for (
      const line of [
        `DEBUG LoginForm{username=bob, password=[C@${hash()}}`,
        `password=[B@${hash()}`,
        `  pwd: [C@${hash()}`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
  // A value with more than the letter and the hash is still a value.
  deepStrictEqual(
    ["C@1b6d3586x", "Q@1b6d3586", "CC@1b6d3586", "C@1b6d3586f0"].filter((v) => isPlaceholder(v)),
    [],
  );
});
