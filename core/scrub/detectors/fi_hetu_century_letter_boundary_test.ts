/**
 * A Finnish identity code with the century letter and no word naming it (`140387Y123V`) is masked
 * only at a token's start: the character right before it decides, for every printable ASCII one
 * (a letter or a digit makes it part of a longer token, which stays).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const CODES = ["140387Y123V", "290204A256L", "071112B7312"];

Deno.test("the character right before a century-letter code decides: no letter or digit", () => {
  const kept: string[] = [];
  const leaks: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) {
    const before = String.fromCharCode(c);
    for (const code of CODES) {
      const line = `asiakas ${before}${code} rekisteröity`;
      const out = scrubber.scrub(line).text;
      if (/[A-Za-z0-9]/.test(before)) {
        if (out !== line) kept.push(line);
      } else if (out.includes(code)) leaks.push(line);
    }
  }
  deepStrictEqual(kept, []);
  deepStrictEqual(leaks, []);
});
