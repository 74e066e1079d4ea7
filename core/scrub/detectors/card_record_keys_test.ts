/**
 * A card-shaped number under a key that names a record's key, version or log position is no card:
 * Zeebe's keys (`processInstanceKey=2251…`: the partition in the top bits makes every key of
 * partition 1, 2 and 3 sixteen digits from 2251, 4503 or 6755, a Mastercard, Visa and Maestro
 * prefix, and one in ten passes Luhn), Elasticsearch's `"_version"` and `"_seq_no"`,
 * FoundationDB's `Version="…"`, a WAL's `redo_lsn`, Oracle's `scn`. A card under `card` on the
 * same line is still masked. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { luhnValid } from "../checksums/luhn.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x2e3b);
const scrubber = createScrubber();
const digits = (n: number) =>
  Array.from({ length: n }, () => "0123456789"[Math.floor(random() * 10)]).join("");

/** A Luhn-valid number from `start` upwards (a Zeebe key of partition p: (p << 51) + counter). */
function luhnFrom(start: bigint): string {
  for (let n = start;; n++) if (luhnValid(String(n))) return String(n);
}
/** A Luhn-valid number of `length` digits starting with `prefix`. */
function luhnWith(prefix: string, length: number): string {
  for (;;) {
    const n = prefix + digits(length - prefix.length);
    if (luhnValid(n)) return n;
  }
}

Deno.test("a card-shaped record key, version or log position stays; a card beside it is masked", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 30; k++) {
    const partition = BigInt(1 + Math.floor(random() * 3));
    const key = luhnFrom((partition << 51n) + BigInt(Math.floor(random() * 5e7)));
    const version = luhnWith(random() < 0.5 ? "5" : "6", 14);
    const position = luhnWith("5" + "12345"[Math.floor(random() * 5)], 16);
    const card = luhnWith("4", 16);
    const lines: [string, string][] = [
      [
        `INFO io.camunda.zeebe.gateway - Activated job: jobKey=${key} type=charge card=${card}`,
        key,
      ],
      [`{"processInstanceKey":${key},"elementId":"Task_Pay","card":"${card}"}`, key],
      [
        `WARN Expected to complete job with key '${key}', but no such job was found; card ${card}`,
        key,
      ],
      [`{"_version":${version},"_seq_no":${position},"card_number":"${card}"}`, version],
      [`{"_version":${version},"_seq_no":${position},"card_number":"${card}"}`, position],
      [`<Event Type="GetReadVersion" Version="${version}" Card="${card}" />`, version],
      [`checkpoint complete: redo_lsn=${position} scn=${version} pan=${card}`, position],
      [`checkpoint complete: redo_lsn=${position} scn=${version} pan=${card}`, version],
    ];
    for (const [line, value] of lines) {
      const out = scrubber.scrub(line).text;
      if (!out.includes(value) || out.includes(card)) wrong.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(wrong, []);
});
