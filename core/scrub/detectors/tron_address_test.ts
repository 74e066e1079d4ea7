/**
 * A TRON address (Base58Check, version byte 0x41, 34 characters from `T`) is masked on a line
 * about TRON, USDT or a wallet; a wrong checksum, another version byte or a line with none of
 * those words leaves it.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a TRON address on a line about a wallet or a transfer is masked", () => {
  deepStrictEqual(
    leaksOf([
      ["withdraw USDT to TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdM", "TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdM"],
      [
        '{"chain":"tron","to":"TJrdyBN6kNWBG5iw4NPueEisCvZo5QnVAA"}',
        "TJrdyBN6kNWBG5iw4NPueEisCvZo5QnVAA",
      ],
      ["deposit address TBMFKvZUu8L6eFqpeUxZvRdix4oLRdJG8d", "TBMFKvZUu8L6eFqpeUxZvRdix4oLRdJG8d"],
    ]),
    [],
  );
});

Deno.test("a T token that is no TRON address, or with no wallet word, stays", () => {
  deepStrictEqual(
    changed([
      "wallet T9yD14Nj9j7xAB4dbGeiX9h8unkKDDv9ZR",
      "wallet TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdN",
      "TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdM",
      "trace TX7ZHhc6xCqdcuDvEeEtYCRitV8n1z2BdMx usdt",
    ]),
    [],
  );
});
