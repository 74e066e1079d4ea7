/**
 * A card-shaped number under a key that says it is an id, a counter, a hash or a duration is no
 * card, however the key is written: padded to an aligned column (`task_id         : 6084…`, as
 * `key: value` printouts align their colons past four blanks), or named for a hash (`imphash`,
 * `tx_hash`: a 64-bit hash printed in decimal, as ClickHouse's `cityHash64` or an FNV hash are) or
 * a time span (`duration`, in nanoseconds). One such number in ten passes Luhn from a card's
 * prefix. Found by the ninth benign audit's stress sets. A card under a card's name, padded or
 * not, is still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { luhnDigit } from "../corpus/pii_values.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xa119);
const scrubber = createScrubber();
/** `prefix` then random digits, `length` in all, the last one Luhn's check digit. */
function luhnNumber(prefix: string, length: number): string {
  let body = prefix;
  while (body.length < length - 1) body += Math.floor(random() * 10);
  return body + luhnDigit(body);
}
const cardLike = () => luhnNumber(["4", "51", "6011", "35"][Math.floor(random() * 4)], 16);

Deno.test("a card-shaped id, counter, hash or duration stays, under an aligned key too", () => {
  const lines: string[] = [];
  for (let i = 0; i < 12; i++) {
    lines.push(`${"task_id".padEnd(16)}: ${cardLike()}`);
    lines.push(`${"seq".padEnd(24)}: ${cardLike()}`);
    lines.push(`${"parent_hash".padEnd(16)}= ${cardLike()}`);
    lines.push(`{"imphash":"${cardLike()}","duration":"${cardLike()}"}`);
    lines.push(`x [a:1|tx_hash:${cardLike()}|b:2] content_hash ${cardLike()}`);
    lines.push(`hash=${cardLike()} span_duration=${cardLike()}`);
    lines.push(`tstamp=${cardLike()} sonyflake=${cardLike()} "timestamp": ${cardLike()}`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a card under a card's name is masked, padded or beside a hash", () => {
  const lines: [string, string][] = [];
  for (let i = 0; i < 12; i++) {
    const card = cardLike();
    lines.push([`${"card_number".padEnd(20)}: ${card}`, card]);
    lines.push([`hash=${cardLike()} pan=${card}`, card]);
  }
  deepStrictEqual(lines.filter(([line, card]) => scrubber.scrub(line).text.includes(card)), []);
});
