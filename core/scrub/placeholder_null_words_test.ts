/**
 * Each runtime's empty value as its printouts write it is no value, as `None`, `null`, `nil` and
 * `undefined` are: Perl's `undef` (Data::Dumper), Haskell's `Nothing` (`show` of a record),
 * Julia's `nothing`. Found by the seventeenth corpus's benign twins
 * (corpus/secrets_dumps17.jsonl). A value holding the word and more is still a value.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("undef, Nothing and nothing alone are placeholders; with more in the value they are not", () => {
  deepStrictEqual(["undef", "Nothing", "nothing", "UNDEF"].filter((v) => !isPlaceholder(v)), []);
  deepStrictEqual(
    ["undef9Kq", "Nothing4Me!", "nothingXw7Lp2"].filter((v) => isPlaceholder(v)),
    [],
  );
});

Deno.test("a printout's empty password is kept; a real one is masked", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      "$VAR1 = { 'host' => 'db', 'password' => undef, 'port' => 5432 };",
      `Config {host = "db", password = Nothing, port = 5432}`,
      `config = (host = "db", password = nothing, port = 5432)`,
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  strictEqual(
    scrubber.scrub("$VAR1 = { 'password' => 'Lq8vT3xWm5Rz' };").text,
    "$VAR1 = { 'password' => '[REDACTED:password-assignment]' };",
  );
});
