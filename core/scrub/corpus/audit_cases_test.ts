import { deepStrictEqual, strictEqual } from "@node/assert";
import { auditCases, auditText } from "./audit_cases.ts";

Deno.test("an audit's cases: each kind as many times as it says, benign first, then controls, in order", () => {
  let made = 0;
  const g = { next: () => made++ };
  const cases = auditCases(
    "benignX",
    g,
    [{ name: "a", n: 2, make: (g) => `a${g.next()}` }, { name: "b", n: 1, make: () => "b" }],
    [{
      name: "c",
      n: 1,
      kind: "pii",
      tier: "core",
      make: (g) => ({ text: `c ${g.next()}@example.com`, values: [`${g.next()}@example.com`] }),
    }],
  );
  deepStrictEqual(cases.map((c) => [c.id, c.kind, c.type, c.text]), [
    ["benignX-a-0", "benign", "benignX:a", "a0"],
    ["benignX-a-1", "benign", "benignX:a", "a1"],
    ["benignX-b-0", "benign", "benignX:b", "b"],
    ["benignX-control-c-0", "pii", "benignX:control:c", "c 2@example.com"],
  ]);
  deepStrictEqual(cases[3].secrets, ["3@example.com"]);
  strictEqual(cases[3].tier, "core");
  strictEqual(cases[3].source, "gen_benignX.ts:control:c");
  strictEqual(cases[0].expect_unchanged && !cases[3].expect_unchanged, true);
  strictEqual("tier" in cases[0], false, "a benign case has no tier");
  strictEqual(
    auditText(cases).split("\n").length,
    cases.length + 1,
    "one line each, and a newline",
  );
});
