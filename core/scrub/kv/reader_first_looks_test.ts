/**
 * The key/value reader looks at a character or two before it searches the text before a key for
 * a `name` field, a PowerShell cmdlet or a directive (`ENV`, `config set`): each first look is a
 * condition every match of its search meets, so that most keys (values of other keys, words of
 * a message) skip the search. At each look's edges (the most blanks, backslashes, a blank that
 * is no ASCII space, any case), the value is still read. So it is for an ARN's resource type
 * (`arn:aws:secretsmanager:…:123456789012:secret:`), looked for only after a digit or a colon.
 */
import { deepStrictEqual } from "@node/assert";
import { readAssignments } from "./assignments.ts";

const V = "Rp9xq2Lz7Kw";

/** The keys read on `line` and their values. */
function read(line: string): [string, string][] {
  readAssignments("");
  return readAssignments(line).map((a) => [a.key, line.slice(a.start, a.end)]);
}

function check(cases: readonly (readonly [string, [string, string][]])[]) {
  const wrong = cases.filter(([line, want]) => JSON.stringify(read(line)) !== JSON.stringify(want));
  deepStrictEqual(wrong.map(([line]) => [line, read(line)]), []);
}

Deno.test("a key named by a name field is read at the field's every edge", () => {
  check([
    [`{"name"   :   "DB_PASSWORD","value":"${V}"}`, [["DB_PASSWORD", V]]],
    [`{"NAME"=DB_PASSWORD,"value":"${V}"}`, [["DB_PASSWORD", V]]],
    [`{'Key':'DB_PASSWORD','Value':'${V}'}`, [["DB_PASSWORD", V]]],
    [`KEY=DB_PASSWORD,VALUE=${V}`, [["DB_PASSWORD", V]]],
    [`Name\t=\tDB_PASSWORD, Value = ${V}`, [["DB_PASSWORD", V]]],
    [`{\\"name\\":\\"DB_PASSWORD\\",\\"value\\":\\"${V}\\"}`, [["DB_PASSWORD", V]]],
    [
      `{${"\\".repeat(7)}"name${"\\".repeat(7)}":${"\\".repeat(7)}"DB_PASSWORD${"\\".repeat(7)}",` +
      `${"\\".repeat(7)}"value${"\\".repeat(7)}":${"\\".repeat(7)}"${V}${"\\".repeat(7)}"}`,
      [["DB_PASSWORD", V]],
    ],
    // Past the field's bounds (four blanks, eight backslashes), no name field: the key's own
    // value (none here, a comma follows it) is what is read.
    [`{"name"    :"DB_PASSWORD","value":"${V}"}`, []],
    [`{"name":    "DB_PASSWORD","value":"${V}"}`, []],
    [`{"names":"DB_PASSWORD","value":"${V}"}`, []],
  ]);
});

Deno.test("a key after a cmdlet is read after a drive, a quote or any blank", () => {
  check([
    [`Set-Item -Path Env:API_TOKEN "${V}"`, [["API_TOKEN", V]]],
    [`New-Item -Path ENV:\\API_TOKEN -Value '${V}'`, [["API_TOKEN", V]]],
    [`si "Env:API_TOKEN" "${V}"`, [["API_TOKEN", V]]],
    [`Set-Variable -Name Variable:\\apiKey -Value ${V}`, [["apiKey", V]]],
    [`Set-Variable -Name "apiKey" -Value "${V}"`, [["apiKey", V]]],
    [`Set-Variable -Name\tapiKey "${V}"`, [["apiKey", V]]],
    // The cmdlet's quote right before the key's own.
    [`Set-Variable -Name '"apiKey"' -Value ${V}`, [["apiKey", V]]],
    [`Set-Variable -Name\u00a0apiKey "${V}"`, [["apiKey", V]]],
    [`sv\u3000apiKey '${V}'`, [["apiKey", V]]],
  ]);
});

Deno.test("a key after a directive is read after any blank or a registry's colon", () => {
  check([
    [`ENV DB_PASSWORD ${V}`, [["DB_PASSWORD", V]]],
    [`ENV\tDB_PASSWORD ${V}`, [["DB_PASSWORD", V]]],
    [`setx\u00a0API_TOKEN ${V}`, [["API_TOKEN", V]]],
    [`set -gx\u2003API_TOKEN ${V}`, [["API_TOKEN", V]]],
    [`npm config set //registry.npmjs.org/:_authToken ${V}`, [["_authToken", V]]],
    [`echo ENV DB_PASSWORD ${V}`, []],
  ]);
});

Deno.test("an ARN's resource type is no key, after an account of any digits or none", () => {
  check(
    ["", ..."0123456789", "123456789010"].map((account) =>
      [`arn:aws:secretsmanager:eu-west-1:${account}:secret:prod-${V}`, []] as const
    ),
  );
});

Deno.test("a literal compared with a key before it is read after each comparison only", () => {
  check([
    [`if ("${V}" == password)`, [["password", V]]],
    [`if ('${V}' === token)`, [["token", V]]],
    [`if ("${V}" != secret)`, [["secret", V]]],
    [`if ('${V}'  !==  apiKey)`, [["apiKey", V]]],
    [`if ("${V}"==password)`, [["password", V]]],
    [`if ('${V}'!=token)`, [["token", V]]],
    // Other operators ending in `=` compare nothing: no value before the key.
    [`x = "${V}" += password`, []],
    [`x = "${V}" ?= password`, []],
    [`x = "${V}" := password`, []],
    [`x = "${V}" !!= password`, []],
    [`x = "${V}" =!= password`, []],
  ]);
});
