import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

// A whole value opened by `{{` and closed by `}}` is a template's expression even when braces
// come inside it; so is GitHub Actions' `${{ … }}`; and a whole value in angle brackets is a
// stand-in even when a `>` comes inside it.
Deno.test("values wrapped in {{ }}, ${{ }} or < > are placeholders, whatever is inside", () => {
  for (
    const value of [
      "{{q}w)e${r]ty(ui[op>-_$#asdf}}",
      "'{{ lookup('env', 'DB_PASS') | default('{}') }}'",
      "${{ secrets.DEPLOY_TOKEN }}",
      "${{ steps.vault.outputs.db_password }}",
      "<q{w>e)r${t]yu(io[p>-_$#asdf>>",
      "<pass>word>",
    ]
  ) ok(isPlaceholder(value), `should be a placeholder: ${value}`);
  for (const value of ["q{{w}}e9Rt2", "{{a}}Xk29pQ", "<a>Xk29pQ7", "Xk29<pQ7>"]) {
    ok(!isPlaceholder(value), `should be a secret: ${value}`);
  }
});

Deno.test("an assignment or a curl user whose value is such a template is kept", () => {
  const scrubber = createScrubber();
  const scrub = (text: string) => scrubber.scrub(text);
  for (
    const line of [
      "api_key: {{q}w)e${r]ty(ui[op>-_$#asdf}}",
      "the_password='<q{w>e)r${t]yu(io[p>-_$#asdf>>'",
      'curl -XGET -i -u "${{ env.ES_USER }}:${{ build.env.ES_PASS }}"',
    ]
  ) strictEqual(scrub(line).text, line);
  strictEqual(
    scrub("api_key: m{{q}w)e${r]ty(ui[op>-_$#asdf}}").text,
    "api_key: [REDACTED:secret-assignment]",
  );
});
