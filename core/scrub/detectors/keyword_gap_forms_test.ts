/**
 * The forms keyword_coverage_test.ts listed as known gaps, alone on a short line (where no other
 * keyword wakes their detector): a config pair whose value attribute has blanks or a tab before
 * `=`, and `.pgpass` entries on the ports PostgreSQL-compatible servers and poolers use. A pair
 * named for no secret, and `host:port:…` shapes on other ports (cache keys), stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a config pair's value after blanks or a tab before = and pgpass entries are masked", () => {
  for (
    const [line, value] of [
      ['<add Key="DbPassword" Value  = "Harbor2019!x"/>', "Harbor2019!x"],
      ['<add key="ApiSecret" value   ="q7Rt2LmZ9xWv"/>', "q7Rt2LmZ9xWv"],
      ['<add key="client_secret" value\t= "q7Rt2LmZ9xWv"/>', "q7Rt2LmZ9xWv"],
      ["redshift.acme.internal:5439:analytics:loader:Cobalt-77-ember", "Cobalt-77-ember"],
      ["pooler.supabase.com:6543:postgres:svc:Xq8HIDz2Lp0wR5", "Xq8HIDz2Lp0wR5"],
      ["crdb-0.acme.io:26257:defaultdb:root:maple-Tundra-42", "maple-Tundra-42"],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("a pair named for no secret and colon-separated keys on other ports stay", () => {
  for (
    const line of [
      '<add Key="Theme" Value  = "dark"/>',
      "cache hit session:48213:cart:items:count-v2",
      "db:15432:app:reader:Replica2",
    ]
  ) strictEqual(scrub(line), line);
});
