/**
 * A bare `key=` holding a record's fields joined by `|` (Android's notification key
 * `0|com.tencent.mm|4097|null|10112`: user, package, id, tag, uid) or an object's printout with
 * its identity hash (`wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 …}}`) is no generated
 * secret: numbers, `null` and lower-case dotted names only, three fields or more; a class's name
 * before `{` and 6 to 8 hex digits. Found by running the scrubber over loghub's Android log
 * beside the benign corpus (../corpus/benign8.jsonl). A field of another shape, two fields (a
 * Facebook app token is `id|secret`), or a word before `{` without a hash, is still masked.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a record key and an object's printout stay", () => {
  for (
    const line of [
      "addNotification key=0|com.tencent.mobileqq|121|null|10111",
      "cancelNotification key=-1|com.android.systemui|10005|ranker_group|10020",
      "printFreezingDisplayLogsopening app wtoken = AppWindowToken{9f4ef63 token=Token{a64f992 ActivityRecord{de9231d u0 com.tencent.qt.qtl/.activity.info.NewsDetailXmlActivity t761}}}, allDrawn= false",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("other fields, two fields, or a word before { without a hash are still masked", () => {
  for (
    const [line, secret] of [
      ["key=0|Xk9pQ2rT7vW3mN8b|121|null", "Xk9pQ2rT7vW3mN8b"],
      [
        "access_token=1234567890123456|9f86d081884c7d659a2feaa0c55ad015",
        "9f86d081884c7d659a2feaa0c55ad015",
      ],
      ["token = Sup3rS3cretT0ken{x}", "Sup3rS3cretT0ken"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
