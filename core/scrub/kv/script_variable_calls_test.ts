/**
 * Perl and PHP that name a secret, read as an assignment of one (./code_values.ts): a method
 * called or a member read on a variable (`$lexer->next_token`), a package's variable
 * (`$Site::Config`). Found in an audit of Perl modules; the lines here are written for these
 * tests. A `$` value without `->` or `::` stays masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a Perl or PHP call, member or package variable is no value", () => {
  const lines = [
    "  my $token = $lexer->next_token;",
    "  while (my $token = $stream->get_token) {",
    '  $SECRET = $Site::Config->{secret} || "";',
    "    my $pwd = $session->pwd;",
    "  $api_key = $Vault::api_key;",
    "    $password = $this->password;",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a value that starts with `$` without a call or a package is still a value", () => {
  const cases = [
    ["  password = $uper$ecret", "$uper$ecret"],
    ["  $token = $Kq9v-Zr2Lp8x", "$Kq9v-Zr2Lp8x"],
    ["  password: $3cr3t>Pw9", "$3cr3t>Pw9"],
  ];
  deepStrictEqual(cases.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});
