/**
 * A contact centre's note asks for a "callback on" a number (`callback on 320 338 5428`): the
 * number after it is masked as after `call back on` (values generated: national layouts without
 * a trunk prefix); an ISO date after a phone word (`callback on 2026-12-07`, `call me on …`), and
 * a callback at a time or an epoch, stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a number after `callback on` is masked", () => {
  const r = new Rand(3053);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    // Colombia's and Greece's mobiles, Peru's, the Czech Republic's (no trunk prefix).
    const number = r.pick([
      () => `3${r.pick(["00", "10", "20"])} ${r.digits(3)} ${r.digits(4)}`,
      () => `69${r.range(0, 9)} ${r.digits(3)} ${r.digits(4)}`,
      () => `9${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      () => `${r.pick(["6", "7"])}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    ])();
    const line = r.pick([
      `agent_note="Customer asked for a callback on ${number} after 5pm" queue=billing`,
      `${r.range(10, 23)}:${r.range(10, 59)} wrap-up: callback on ${number}, case ${r.digits(6)}`,
    ]);
    const out = scrubber.scrub(line).text;
    if (out.includes(number)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a date, a time or an epoch after a callback word stays", () => {
  for (
    const line of [
      "callback on 2026-12-07 at 10:00",
      "customer: call me on 2026-12-09 please",
      "fired callback at 1765090000123",
      "callbacks on 12345678 events",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
