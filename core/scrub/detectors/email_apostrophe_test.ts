/**
 * An email address whose local part holds an apostrophe (`o'brien`, `d'amico`, allowed by RFC
 * 5322) is masked whole: the name before the apostrophe does not stay in the text. An apostrophe
 * before the address (a quote) stays outside it.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const out = (line: string) => scrubber.scrub(line).text;

Deno.test("an apostrophe inside an email address's local part is part of it", () => {
  deepStrictEqual(
    [
      "login ok for sean.o'donnell@example.org",
      "to: d'amico.giulia@corp.example",
      '{"email":"O\'Neill@example.ie"}',
      "from=<maire.ni'bhriain@example.com>",
    ].filter((line) => /donnell|amico|neill|bhriain|sean|giulia|maire/i.test(out(line))),
    [],
  );
  deepStrictEqual(out("reply to 'sean@example.org'").startsWith("reply to '"), true);
  deepStrictEqual(out("it's sean@example.org").startsWith("it's "), true);
});
