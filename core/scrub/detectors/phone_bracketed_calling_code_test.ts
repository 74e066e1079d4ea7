/**
 * The calling code in brackets with its plus (`(+44) 7700 900123`, `(+1) 415 555 0142`), as
 * signatures, forms and CRMs write it: the number is masked as `+44 7700 900123` is, with any
 * word or none before it, glued to a name's colon too (`recipient:(+34) …`). A bracketed signed
 * count that is no number of 8–15 digits stays (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a number after its calling code in brackets with a plus is masked", () => {
  const r = new Rand(1216);
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const code = r.pick(["1", "31", "33", "44", "47", "49", "351", "358", "420", "90"]);
    const national = r.pick([
      `${r.range(2, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(4)}`,
      `${r.range(6, 7)} ${r.digits(8)}`,
      `${r.range(1, 9)}${r.digits(3)} ${r.digits(6)}`,
      `${r.range(4, 9)}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    ]);
    const v = `(+${code}) ${national}`;
    const line = r.pick([
      `Mob. ${v} (WhatsApp)`,
      `{"mobile":"${v}","verified":true}`,
      `sms.dispatch to=${v} status=accepted`,
      `whatsapp.send ok recipient:${v} msgid=wamid.HBgL`,
      `Kim Lee ${v} requested a callback`,
    ]);
    if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a bracketed signed count that is no phone number stays", () => {
  const r = new Rand(1217);
  const changed: string[] = [];
  for (let k = 0; k < 20; k++) {
    const lines = [
      `delta (+${r.range(1, 99)}) ${r.digits(3)} rows`,
      `f(+${r.range(1, 9)}) = ${r.range(1, 999)}`,
      `score (+${r.range(1, 9)}) after ${r.range(2, 9)} rounds`,
    ];
    for (const line of lines) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
