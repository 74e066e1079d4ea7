import { ok } from "@node/assert";
import { eip55Valid } from "./eip55.ts";

Deno.test("eip55 accepts the EIP's own checksummed examples", () => {
  for (
    const a of [
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
      "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
      "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
      "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ]
  ) ok(eip55Valid(a), a);
});

Deno.test("eip55 rejects a flipped letter case, single-case addresses and bad shapes", () => {
  for (
    const a of [
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
      "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
      "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED",
      "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
    ]
  ) ok(!eip55Valid(a), a);
});
