/**
 * A Google calendar's id is written `id@domain` but names a calendar, nobody's mailbox: a room's or
 * resource's (`c_<hex>@resource.calendar.google.com`, as Workspace's resource calendars print it), a
 * shared calendar's (`<hash>@group.calendar.google.com`), a public one's
 * (`en.usa#holiday@group.v.calendar.google.com`). A person's address on the same line, or one at a
 * domain that only starts like Google's calendar domain, is still masked. Ids generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xca1e);
const scrubber = createScrubber();
const hex = (n: number) =>
  Array.from({ length: n }, () => "0123456789abcdef"[Math.floor(random() * 16)]).join("");

Deno.test("Google calendar ids stay; a person's address beside them is masked", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 20; k++) {
    const ids = [
      `c_${hex(24)}@resource.calendar.google.com`,
      `${hex(26)}@group.calendar.google.com`,
      `c_${hex(40)}@group.calendar.google.com`,
      "en.usa#holiday@group.v.calendar.google.com",
    ];
    const mail = `jane.doe${k}@example.com`;
    for (const id of ids) {
      const out = scrubber.scrub(`calendar_id=${id} organizer=${mail}`).text;
      if (!out.includes(id) || out.includes(mail)) wrong.push(out);
    }
    for (const lookalike of [`jane${k}@calendar.google.com.example.net`, `ops${k}@google.com`]) {
      const out = scrubber.scrub(`invite sent to ${lookalike}`).text;
      if (out.includes(lookalike)) wrong.push(out);
    }
  }
  deepStrictEqual(wrong, []);
});
