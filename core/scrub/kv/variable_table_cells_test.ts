/**
 * The tables of variables error pages print (Whoops's, Symfony's profiler): a cell naming the
 * key (`<td>DB_PASSWORD</td>`, `<th>…</th>`), then the value's cell on the same line or the next,
 * its text bare, quoted or inside a dump's `<pre>`/`<span>`. A cell naming no secret, and a
 * masked value, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const V = "Rq7Zx2Lm9Tw4Nc8B";

Deno.test("the cell after a cell naming a secret is masked, on its line or the next", () => {
  const rows = [
    `<tr><td>DB_PASSWORD</td><td>${V}</td></tr>`,
    `<tr><th>MAIL_PASSWORD</th><td>&quot;${V}&quot;</td></tr>`,
    `  <tr>\n    <td>STRIPE_SECRET</td>\n    <td>${V}</td>\n  </tr>`,
    `<td>API_TOKEN</td>\n<td><pre class=sf-dump id=sf-dump-1 data-indent-pad="  ">"<span class=sf-dump-str title="16 characters">${V}</span>"\n</pre></td>`,
  ];
  deepStrictEqual(rows.filter((row) => scrub(row).includes(V)), []);
});

Deno.test("a cell naming no secret and a masked value stay", () => {
  const rows = [
    `<tr><td>APP_ENV</td><td>production</td></tr>`,
    `<tr>\n  <td>DB_HOST</td>\n  <td>db-1.internal</td>\n</tr>`,
    `<tr><td>DB_PASSWORD</td><td>******</td></tr>`,
  ];
  deepStrictEqual(rows.filter((row) => scrub(row) !== row), []);
});
