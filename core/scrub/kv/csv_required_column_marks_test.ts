/**
 * An import template's header marks its required columns with `*` (Xero's `*ContactName`,
 * `*Date,*Amount`): it still opens the reading of its rows, so the personal columns' values
 * below it (`BankAccountNumber`) are masked; a marked header with no personal column, and its
 * rows, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x5e7);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join("");

const rows = Array.from({ length: 10 }, () => ({
  account: `${digits(2)}-${digits(4)}-${digits(7)}-${digits(int(2, 3))}`,
  amount: `${int(1, 4999)}.${digits(2)}`,
  code: `CUST-${digits(3)}`,
}));

Deno.test("a personal column's values are masked below a header whose required columns start with *", () => {
  const leaks = rows.flatMap(({ account, code }, i) => {
    const quote = i % 2 ? '"' : "";
    const table = [
      ["*ContactName", "AccountNumber", "BankAccountName", "*BankAccountNumber"]
        .map((c) => quote + c + quote).join(","),
      ["Petty Cash", code, "Cheque", account].map((c) => quote + c + quote).join(","),
    ].join("\n");
    return scrubber.scrub(table).text.includes(account) ? [table] : [];
  });
  deepStrictEqual(leaks, []);
});

Deno.test("a header with * marks and no personal column, and its rows, stay", () => {
  const tables = rows.map(({ amount, code }) =>
    ["*Date,*Amount,Payee,Description,*Reference", `03/11/2024,${amount},Stripe,Payout,${code}`]
      .join("\n")
  );
  deepStrictEqual(tables.filter((t) => scrubber.scrub(t).text !== t), []);
});
