/**
 * An SMPP PDU's parties (`source_addr`, `destination_addr`, `dest_addr` of a `submit_sm` or
 * `deliver_sm`) are international numbers without their `+`: they are masked as phone numbers
 * (values generated); the PDU's short codes and type-of-number fields stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("an SMPP PDU's source and destination numbers are masked", () => {
  const r = new Rand(7701);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const a = `${r.pick(["44", "49", "27", "234", "91", "1"])}${r.range(2, 9)}${r.digits(9)}`;
    const b = `${r.pick(["33", "81", "55", "971"])}${r.range(2, 9)}${r.digits(8)}`;
    const line = r.pick([
      `SMPP PDU 0x${
        r.chars(8, HEX)
      } submit_sm: source_addr_ton=1 source_addr_npi=1 source_addr="${a}" dest_addr_ton=1 dest_addr_npi=1 destination_addr="${b}" esm_class=0x00`,
      `deliver_sm seq=${
        r.range(1, 99999)
      } source_addr: ${a} destination_addr: ${b} short_message: id:${
        r.chars(10, HEX)
      } stat:DELIVRD`,
      `smpp: submit_sm source_addr=${a} dest_addr=${b} sequence_number=${r.range(1, 9999)}`,
    ]);
    const out = scrubber.scrub(line).text;
    if (out.includes(a) || out.includes(b)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an SMPP PDU's short code and header fields stay", () => {
  const line =
    "deliver_sm seq=60963 source_addr_ton=5 source_addr: 15874 sequence_number=12345678 command_status=0x00000000";
  strictEqual(scrubber.scrub(line).text, line);
});
