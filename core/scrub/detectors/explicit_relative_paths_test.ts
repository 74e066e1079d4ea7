/**
 * A path that starts at `./`, `../` or `~/` is where a secret is kept even with one name after
 * it (`kubectl create secret generic db --from-file=password=./password.txt`, `token: ../token`),
 * as a path of two names or more already was. Found by probing the forms beside the benign
 * corpus's (../corpus/benign8.jsonl). A value with a dot or slash inside but no such start is
 * still judged as a value.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a path from ./, ../ or ~/ stays, one name after it is enough", () => {
  for (
    const line of [
      "kubectl create secret generic db-creds --from-file=password=./password.txt",
      "token: ../token",
      "api_key_file = ~/api.key",
      'password: "./db.pass"',
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a value that is no path from there is still masked", () => {
  for (
    const [line, secret] of [
      ["password=.Xk9pQ2rT7v/", "Xk9pQ2rT7v"],
      ["token: x./Zq8Kd2Lm9Xp4Rt7", "Zq8Kd2Lm9Xp4Rt7"],
      ["password=~Sup3rS3cret", "Sup3rS3cret"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
