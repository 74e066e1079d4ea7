/**
 * Apache's error log writes a client's IPv6 address and port with no brackets
 * (`[client 2001:db8::1:50418]`): a five-digit number after the address, which no group holds, is
 * its port, and the address is masked; a colon run that no address ends stays (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x1e6);
const scrubber = createScrubber(undefined, { pseudonymKey: new Uint8Array(32) });
const group = () => (1 + random.int(0xfffe)).toString(16);

Deno.test("an IPv6 address with its port after a colon and no brackets is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 30; k++) {
    const groups = [random.pick(["2001", "2a02", "2600"]), ...Array.from({ length: 7 }, group)];
    const full = groups.join(":");
    const cut = 2 + random.int(4);
    const compressed = `${groups.slice(0, cut).join(":")}::${groups.slice(cut + 2).join(":")}`;
    const lines: [string, string][] = [
      [`[client ${full}:${10000 + random.int(55535)}] AH01630: client denied`, full],
      [`[client ${compressed}:${10000 + random.int(55535)}] AH01630: client denied`, compressed],
    ];
    for (const [line, v] of lines) if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("colon runs no address ends stay", () => {
  const changed: string[] = [];
  for (let k = 0; k < 30; k++) {
    const pairs = Array.from({ length: 16 }, () => random.int(256).toString(16).padStart(2, "0"));
    const lines = [
      `MD5 fingerprint ${pairs.join(":")} ok`,
      `elapsed ${random.int(24)}:${random.int(60)}:${random.int(60)}:${10000 + random.int(9999)}`,
      `std::vector<int>::${10000 + random.int(9999)}`,
    ];
    for (const line of lines) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
