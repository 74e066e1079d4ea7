/**
 * A .NET DateTime's ticks (100 ns since 0001-01-01) are 18 digits from 637 to 639 for 2019 to
 * 2029, and pass Luhn one time in ten: no Maestro number (Maestro's 18-digit numbers start
 * elsewhere), so they stay, bare, under a key or in JSON. A Maestro number of 18 digits from
 * 6759 and one of 16 from 6390 are still masked. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x71c5);
const scrubber = createScrubber();
/** Ticks at 0001-01-01 00:00 UTC's offset from the Unix epoch. */
const EPOCH_TICKS = 621355968000000000n;
const START = Date.UTC(2019, 9, 1), END = Date.UTC(2029, 0, 1);

function luhnValid(n: string): boolean {
  let sum = 0;
  for (let i = 0; i < n.length; i++) {
    const d = Number(n.at(-1 - i));
    sum += i % 2 === 1 ? (2 * d > 9 ? 2 * d - 9 : 2 * d) : d;
  }
  return sum % 10 === 0;
}

function luhnTicks(): string {
  for (;;) {
    const ms = BigInt(START + Math.floor(random() * (END - START)));
    const ticks = String(ms * 10000n + BigInt(Math.floor(random() * 10000)) + EPOCH_TICKS);
    if (luhnValid(ticks)) return ticks;
  }
}

function card(prefix: string, length: number): string {
  for (;;) {
    let n = prefix;
    while (n.length < length) n += Math.floor(random() * 10);
    if (luhnValid(n)) return n;
  }
}

Deno.test(".NET ticks that pass Luhn stay", () => {
  const changed: string[] = [];
  for (let i = 0; i < 60; i++) {
    const t = luhnTicks();
    for (
      const line of [
        t,
        `${t} WARN [ingest] replica synced`,
        `ticks=${t} state=done`,
        `{"finished":"${t}","level":"info"}`,
        `cache refreshed: expires: ${t}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (out !== line) changed.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(changed, []);
});

Deno.test("Maestro numbers from 6759 (18 digits) and 6390 (16) are still masked", () => {
  const kept: string[] = [];
  for (let i = 0; i < 40; i++) {
    for (const n of [card("6759", 18), card("6390", 16)]) {
      const out = scrubber.scrub(`payment declined card=${n} amount=12.00`).text;
      if (out.includes(n)) kept.push(out);
    }
  }
  deepStrictEqual(kept, []);
});
