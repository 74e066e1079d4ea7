/**
 * sflowtool's line format prints an sFlow sample as one CSV row, its source and destination MAC
 * addresses as 12 bare hex digits: `FLOW,<agent>,<in port>,<out port>,<src mac>,<dst mac>,
 * 0x0800,…`. Both are masked (values generated); 12 hex digits on other lines that mention a
 * workflow, and sflowtool's counter rows, stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

function mac(r: Rand): string {
  // Digits and letters mixed, as DHCP_LINE's rows ask.
  for (;;) {
    const hex = r.chars(12, HEX);
    if (/[a-f]/.test(hex) && /\d/.test(hex)) return hex;
  }
}

Deno.test("an sflowtool FLOW row's MAC addresses are masked", () => {
  const r = new Rand(6343);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const src = mac(r), dst = mac(r);
    const line = `${r.pick(["", `${r.range(1730000000, 1790000000)} `])}FLOW,10.${
      r.range(0, 255)
    }.${r.range(0, 255)}.${r.range(1, 254)},${r.range(1, 48)},${
      r.range(1, 48)
    },${src},${dst},0x0800,${r.range(1, 4000)},${r.range(1, 4000)},192.168.${r.range(0, 255)}.${
      r.range(2, 254)
    },10.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(2, 254)},6,0x00,64,${
      r.range(1024, 65535)
    },443,0x18,1514,1496,2048`;
    const out = scrubber.scrub(line).text;
    if (out.includes(src) || out.includes(dst)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("12 hex digits beside a workflow, and a counter row, stay", () => {
  for (
    const line of [
      "workflow,1 container 3f4e5a6b7c8d started",
      "CNTR,4,6,1000000000,1,3,18446744,2048,34,0,0,0,0,0,0,0",
      "build flow, step 2: image 9c1d2e3f4a5b pushed",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
