/**
 * A numbered address column (`address1`, `Address2`, as mail-merge and marketing exports name the
 * lines of a postal address) is personal data: its rows' values are masked; a column whose name
 * only holds those letters (`ip_address_count`, `addressed`) is not.
 */
import { deepStrictEqual } from "@node/assert";
import { personalColumn } from "./csv_columns.ts";
import { createScrubber } from "../mod.ts";

Deno.test("address1 and Address2 are personal columns; address_count and addressed are not", () => {
  const names = ["address1", "Address2", "shipping_address1", "addressed", "address_count"];
  deepStrictEqual(names.map(personalColumn), [true, true, true, false, false]);
});

Deno.test("a street under an address1 column is masked, the town beside it stays", () => {
  const scrubber = createScrubber();
  const streets = ["3187 Maple Avenue", "12 Kingsway", "5596 Chestnut Lane", "250 Mill Race"];
  const left = streets.filter((street) =>
    scrubber.scrub(`id,address1,city,opt_in\n${street.length},${street},Columbus,true`).text
      .includes(street)
  );
  deepStrictEqual(left, []);
  const kept = scrubber.scrub("id,address1,city,opt_in\n7,,Columbus,true").text;
  deepStrictEqual(kept, "id,address1,city,opt_in\n7,,Columbus,true");
});
