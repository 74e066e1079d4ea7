/**
 * slack-app-secret wakes on the words its key names end in (signing or client, then secret), not
 * on "secret" alone: every spelling of its names holds one of them, so each is still masked.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

Deno.test("slack-app-secret: every spelling of its key names is read", () => {
  const scrubber = createScrubber();
  const value = "8f3a91c2d4e5b6a7f8091a2b3c4d5e6f";
  let names = 0;
  for (const sep1 of ["", "_", "-"]) {
    for (const app of ["", "app", "app_", "app-"]) {
      for (const word of ["signing", "client"]) {
        for (const sep2 of ["", "_", "-"]) {
          const name = `slack${sep1}${app}${word}${sep2}secret`;
          const camel = name.replace(/(?:^|[_-])([a-z])/g, (_m, c: string) => c.toUpperCase());
          for (const spelling of [name, name.toUpperCase(), camel]) {
            const line = `${spelling}=${value}`;
            strictEqual(
              scrubber.scrub(line).text,
              `${spelling}=[REDACTED:slack-app-secret]`,
              line,
            );
            names++;
          }
        }
      }
    }
  }
  strictEqual(names, 216);
});
