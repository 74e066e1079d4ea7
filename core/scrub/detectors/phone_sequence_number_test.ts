/**
 * A sequence number is no telephone number though `number=` ends its key on a line about SMS:
 * SMPP's PDUs as gateways log them (`submit_sm_resp … sequence_number=220844019`) and other
 * counters written the same way (`seq_no`, `sequence-nr`). A number under `to=` on the same line
 * is still masked. Values generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x5e9);
const scrubber = createScrubber();
const digits = (n: number) =>
  Array.from({ length: n }, () => "0123456789"[Math.floor(random() * 10)]).join("");

Deno.test("an SMPP sequence number stays; the recipient's number on its line is masked", () => {
  const wrong: string[] = [];
  for (let k = 0; k < 40; k++) {
    const sequence = "123456789"[Math.floor(random() * 9)] + digits(7 + Math.floor(random() * 3));
    const key = ["sequence_number", "seq_no", "sequence-nr", "sequence_num"][k % 4];
    const phone = `447${digits(9)}`;
    for (
      const line of [
        `smsc: submit_sm_resp message_id=${
          digits(8)
        } command_status=0x00000000 ${key}=${sequence} to=${phone}`,
        `{"event":"sms.submit","${key}":${sequence},"to":"${phone}"}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (!out.includes(sequence) || out.includes(phone)) wrong.push(`${line} -> ${out}`);
    }
  }
  deepStrictEqual(wrong, []);
});
