/**
 * An SMS centre's SMPP log (`submit_sm`, `deliver_sm`, a gateway's `[smpp]`) names the message's
 * parties by bare keys, `source_addr=`/`dest_addr=`/`destination_addr=` or `src=`/`dst=`: an
 * international number without its `+`, or a national one in groups, there is masked; the PDU's
 * sequence number, lengths and message id stay, and so does a number under a bare `source` key
 * (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

/** An E.164 number without its `+`: a calling code and a national number that fits it. */
const international = (r: Rand) =>
  r.pick(["44", "49", "45", "48", "358", "66", "56", "34", "91"]) + r.range(6, 9) + r.digits(8);
/** A national number with its trunk 0, as SMPP sends with a national numbering plan. */
const national = (r: Rand) => `07${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`;

const lines = (r: Rand, number: string) => [
  `submit_sm seq=${
    r.range(1000, 999999)
  } source_addr=INFO dest_addr=${number} data_coding=0 sm_length=${r.range(10, 160)}`,
  `${r.range(10, 23)}:14:07 [smpp] submit_sm seq=${
    r.range(1000, 999999)
  } src=ACME dst=${number} dcs=0 status=ESME_ROK msg_id=${r.chars(12, HEX)}`,
  `deliver_sm source_addr=${number} destination_addr=ACME esm_class=4 sequence_number=${
    r.range(1000, 999999)
  }`,
];

Deno.test("a party's number under an SMPP address key is masked", () => {
  const r = new Rand(7731);
  const leaks: string[] = [];
  for (let i = 0; i < 30; i++) {
    for (const number of [international(r), national(r)]) {
      for (const line of lines(r, number)) {
        if (scrubber.scrub(line).text.includes(number)) leaks.push(line);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an SMPP line's sequence numbers, lengths and message ids stay", () => {
  const r = new Rand(7732);
  const damaged: string[] = [];
  for (let i = 0; i < 30; i++) {
    // A bare `source` key is no SMPP address: its number on a callback's line is a time or an id.
    const callback = `event=callback source=${r.range(1600000000, 1800000000)}${
      r.digits(3)
    } status=ok`;
    if (scrubber.scrub(callback).text !== callback) damaged.push(callback);
    const line = `submit_sm_resp seq=${r.range(1000, 99999999)} command_status=0 message_id=${
      r.digits(10)
    } sm_length=${r.range(10, 160)} window=${r.range(1, 10)}`;
    if (scrubber.scrub(line).text !== line) damaged.push(line);
  }
  deepStrictEqual(damaged, []);
});
