/**
 * Slack's `error` field is free text from outside: only a whole snake_case code (a lower-case
 * letter, then up to 59 lower-case letters, digits or `_`) is passed on to the messages a person
 * reads; anything around a valid code, or any other character, makes it "unknown_error".
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../devkit/sample_logs/random.ts";
import { slackErrorCode } from "./web_api.ts";

const random = seededRandom(0x51ac);
const CODE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";
const code = (length: number) =>
  random.chars(1, "abcdefghijklmnopqrstuvwxyz") + random.chars(length - 1, CODE_CHARS);
const of = (error: string) => slackErrorCode({ ok: false, error });

Deno.test("every well-formed code of 1 to 60 characters is passed on as it is", () => {
  for (let length = 1; length <= 60; length++) {
    const c = code(length);
    strictEqual(of(c), c);
  }
  for (const c of ["channel_not_found", "not_in_channel", "ratelimited", "a", "x_1"]) {
    strictEqual(of(c), c);
  }
});

Deno.test("a valid code with anything before or after it is unknown_error", () => {
  const hostile = ["<!channel>", "<@U0123ABC>", " ", "\n", ">", "<", "*", "`", "A", "-", "é", "."];
  for (let i = 0; i < 10; i++) {
    const c = code(1 + random.int(40));
    for (const h of hostile) {
      for (const error of [h + c, c + h, c + h + c]) {
        strictEqual(of(error), "unknown_error", JSON.stringify(error));
      }
    }
  }
});

Deno.test("too long, a wrong first character or upper case is unknown_error", () => {
  for (const error of [code(61), code(200), "", "_x", "9lives", "Invalid_auth", "INVALID"]) {
    strictEqual(of(error), "unknown_error", JSON.stringify(error));
  }
  strictEqual(slackErrorCode({ ok: false }), "unknown_error");
});
