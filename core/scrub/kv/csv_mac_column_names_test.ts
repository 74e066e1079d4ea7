/**
 * A CSV column named for a MAC address without a separator in its name (`macaddr`,
 * `macaddress`, as DHCP lease and inventory exports head it) has its cells masked, as `mac`,
 * `mac_address` and `MacAddress` already do. MACs generated here, seeded.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x3ac);
const scrubber = createScrubber();

Deno.test("a bare MAC under a macaddr or macaddress column is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 30; k++) {
    const mac = random.chars(12, "0123456789abcdef");
    const name = random.pick(["macaddr", "macaddress", "MACADDR", "client_macaddr"]);
    const text = `id,created_at,${name},status\n${
      10000 + random.int(90000)
    },2025-09-19,${mac},pending\n`;
    if (scrubber.scrub(text).text.includes(mac)) left.push(text);
  }
  deepStrictEqual(left, []);
});
