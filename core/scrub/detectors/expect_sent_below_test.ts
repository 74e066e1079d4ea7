/**
 * An `expect` script's password sent on the line below its prompt: `expect "*assword:*"` then
 * `send "PW\r"` (or `send -- "PW\r"`). What is sent below another prompt, or a variable sent,
 * stays; only the line right below the prompt is read.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("the text sent on the line below a password prompt is masked", () => {
  for (const send of ['send "Wq4#Hz8Lm2Kt\\r"', 'send -- "Wq4#Hz8Lm2Kt\\r"']) {
    const out =
      scrubber.scrub(`spawn ssh ops@db-1\nexpect "*?assword:*"\n${send}\nexpect eof`).text;
    ok(!out.includes("Wq4#Hz8Lm2Kt"), out);
  }
});

Deno.test("below another prompt, a variable, or a line further down stays", () => {
  for (
    const text of [
      'expect "login:"\nsend "operator7\\r"',
      'expect "password:"\nsend "$env(SSH_PASSWORD)\\r"',
      'expect "password:"\nexpect "again:"\nsend "operator7\\r"',
    ]
  ) strictEqual(scrubber.scrub(text).text, text);
});
