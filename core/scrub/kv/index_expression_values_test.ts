/**
 * A secret-named key given an index into a map (`password = params[:password]`,
 * `token = config["token"]`, `$pw = $_POST['password']`) takes a value from elsewhere: code, no
 * literal. Found by probing the forms beside the benign corpus's references
 * (../corpus/benign8.jsonl). A bare value whose bracket does not close as an index, or one that
 * is no name, is still read as a value.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("an index into a map is no value", () => {
  for (
    const line of [
      "password = params[:password]",
      "password = settings[:db_password]",
      'token = config["token"]',
      "password = opts['password']",
      "password: ENV['DB_PASSWORD']",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a value with a bracket that is no index is still masked", () => {
  for (
    const [line, secret] of [
      ['password = Xk9pQ2rT["z', "Xk9pQ2rT"],
      ["password = Sup3r[:S3cret", "Sup3r"],
      ["password = hunter2x[0]", "hunter2x"],
      ["password = 9f2a!x[:a]", "9f2a!x"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
