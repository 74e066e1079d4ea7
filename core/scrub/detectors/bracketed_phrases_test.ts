/**
 * A few lower-case words in brackets under a secret's name are how a tool shows a value it does not
 * print (`"api_key": "(not set)"`, `secret: [not configured]`), as one word there (`(hidden)`)
 * already was: they stay. A value in brackets with a digit, a capital after the first word, or
 * more than four words is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a phrase of up to four lower-case words in brackets under a secret's name stays", () => {
  const lines = [
    `{"client_secret":"(not set)","redirect_uri":"https://app.example.com/cb"}`,
    `api_key="(not set)" region=eu-west-1`,
    `secret: [not configured]`,
    `password: (hidden by policy)`,
    `token = {not yet issued}`,
    `{"password":"(Not set)"}`,
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a value in brackets with a digit, a later capital or five words is still masked", () => {
  for (
    const value of [
      "(Xk9 pQ2vLm)",
      "(correct Horse battery)",
      "(one two three four five)",
      "[hunter2 rules]",
    ]
  ) {
    const line = `{"password":"${value}"}`;
    ok(!scrubber.scrub(line).text.includes(value.slice(1, -1)), line);
  }
});
