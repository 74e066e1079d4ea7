/**
 * A plain word after `authorization=` that a sentence's full stop ends is a setting, not a
 * credential (Solr: `authentication=disabled authorization=disabled.  Solr is only as secure as
 * you make it.`); a credential the full stop ends is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a plain word ended by a full stop after authorization= stays", () => {
  const lines = [
    "2026-11-17 08:50:29.483 WARN  (main) [   ] o.a.s.c.CoreContainer Not all security plugins " +
    "configured!  authentication=disabled authorization=disabled.  Solr is only as secure as you make it.",
    "authorization: Required.",
    "proxy-authorization=none. retrying",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a credential ended by a full stop after authorization= is still masked", () => {
  for (const value of ["Tk7xq2Lm9Pwz4R", "dG9rZW46c2VjcmV0MTIz", "Bearer Zq8mW2xK7pLr"]) {
    const line = `authorization=${value}. next`;
    ok(!scrubber.scrub(line).text.includes(value.replace("Bearer ", "")), line);
  }
});
