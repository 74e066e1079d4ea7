/**
 * An access point's MAC address before its SSID in RADIUS's Called-Station-Id (RFC 3580:
 * `AA-BB-CC-DD-EE-FF:CorpWiFi`), and a bare one under a `station:` key, are masked (values
 * generated); a dashed run of seven pairs and a bare 12-hex value under another key stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const pairs = (r: Rand, n: number) => Array.from({ length: n }, () => r.chars(2, HEX));

Deno.test("a Called-Station-Id's MAC before its SSID and a bare MAC under station are masked", () => {
  const r = new Rand(7705);
  const leaks: string[] = [];
  for (let i = 0; i < 30; i++) {
    const hex = pairs(r, 6);
    const [line, value] = r.pick([
      () => {
        const v = hex.join("-").toUpperCase();
        return [`\tCalled-Station-Id = "${v}:${r.pick(["CorpWiFi", "eduroam", "Guest-5G"])}"`, v];
      },
      () => {
        const v = hex.join("-");
        return [`called_station_id=${v}:${r.pick(["Staff", "Ops"])} nas_port=${r.range(1, 99)}`, v];
      },
      () => {
        const v = hex.join("").toUpperCase();
        return [`station: ${v}`, v];
      },
    ])();
    if (scrubber.scrub(line).text.includes(value)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("seven dashed pairs and a bare 12-hex value under another key stay", () => {
  const r = new Rand(7706);
  for (let i = 0; i < 8; i++) {
    for (
      const line of [
        `part ${pairs(r, 7).join("-")}:rev2`,
        `container: ${pairs(r, 6).join("")}`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});
