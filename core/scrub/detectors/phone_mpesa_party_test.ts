/**
 * Safaricom's M-Pesa API names a payment's parties `PartyA` and `PartyB`: the customer's number
 * (`254712345678`, often a JSON number) or the till's or pay bill's short code. The customer's
 * number is masked (values generated; an STK push's `PartyA` and a B2C payout's `PartyB`), as is
 * a number under a `landline` key; short codes and counters stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("an M-Pesa party's number and a landline are masked", () => {
  const r = new Rand(2547);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const customer = `2547${r.pick(["0", "1", "2", "9"])}${r.digits(7)}`;
    const code = r.range(100000, 999999);
    const line = r.pick([
      `{"BusinessShortCode":${code},"TransactionType":"CustomerBuyGoodsOnline","Amount":${
        r.range(1, 5000)
      },"PartyA":${customer},"PartyB":${code},"AccountReference":"INV${r.digits(5)}"}`,
      `{"InitiatorName":"apiop","CommandID":"BusinessPayment","Amount":${
        r.range(10, 50000)
      },"PartyA":${code},"PartyB":"${customer}","Remarks":"payout"}`,
      `{"landline":"${customer}","city":"Nairobi"}`,
    ]);
    if (scrubber.scrub(line).text.includes(customer)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("short codes, amounts and counters beside those keys stay", () => {
  const r = new Rand(2548);
  for (let i = 0; i < 10; i++) {
    for (
      const line of [
        `{"PartyB":${r.range(100000, 999999)},"Amount":${r.range(1, 99999)}}`,
        `{"PartyA":${r.range(100000, 999999)},"ResultCode":0}`,
        `landline_count=${r.range(10000000, 99999999)} region=north`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});
