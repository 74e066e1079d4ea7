import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import {
  decideAccess,
  type Grant,
  isFullAdmin,
  isRole,
  managesAccess,
  scopesProblem,
} from "./roles.ts";

const grant = (role: Grant["role"], ...scopes: string[]): Grant => ({ role, scopes });

Deno.test("the role matrix: role × scope decides, and names what is missing", () => {
  const cases: [Grant | undefined, boolean, string, ReturnType<typeof decideAccess>][] = [
    [grant("debugger", "checkout"), false, "checkout", { allowed: true, via: "grant" }],
    [grant("debugger", "checkout-*"), false, "checkout-api", { allowed: true, via: "grant" }],
    [grant("debugger", "*"), false, "payments", { allowed: true, via: "grant" }],
    [grant("admin", "checkout"), false, "checkout", { allowed: true, via: "grant" }],
    [grant("debugger", "payments"), false, "checkout", {
      allowed: false,
      reason: "out_of_scope",
      needed: "debugger",
    }],
    [grant("admin", "payments"), false, "checkout", {
      allowed: false,
      reason: "out_of_scope",
      needed: "debugger",
    }],
    [grant("viewer", "*"), false, "checkout", {
      allowed: false,
      reason: "role_too_low",
      needed: "debugger",
    }],
    [undefined, false, "checkout", { allowed: false, reason: "no_role", needed: "debugger" }],
    [undefined, true, "checkout", { allowed: true, via: "bootstrap_admin" }],
    [grant("viewer", "payments"), true, "checkout", { allowed: true, via: "bootstrap_admin" }],
  ];
  for (const [given, bootstrapAdmin, service, expected] of cases) {
    deepStrictEqual(
      decideAccess({ grant: given, bootstrapAdmin }, "debugger", service),
      expected,
      JSON.stringify({ given, bootstrapAdmin, service }),
    );
  }
});

Deno.test("a viewer may view what is in scope", () => {
  deepStrictEqual(
    decideAccess(
      { grant: grant("viewer", "checkout"), bootstrapAdmin: false },
      "viewer",
      "checkout",
    ),
    {
      allowed: true,
      via: "grant",
    },
  );
});

Deno.test("grants with unusable scopes are refused", () => {
  ok(scopesProblem([])?.includes("at least one scope"));
  ok(scopesProblem(["checkout", "<@U05ONCALL01>"])?.includes("only letters"));
  strictEqual(scopesProblem(["checkout", "payments-*"]), undefined);
  ok(isRole("debugger") && !isRole("root") && !isRole(undefined));
});

Deno.test("a user group's grant allows like one's own, and refusals weigh every grant held", () => {
  const decide = (own: Grant | undefined, groups: Grant[], service = "checkout") =>
    decideAccess({ grant: own, groupGrants: groups, bootstrapAdmin: false }, "debugger", service);
  deepStrictEqual(decide(undefined, [grant("debugger", "check*")]), {
    allowed: true,
    via: "usergroup",
  });
  deepStrictEqual(decide(grant("viewer", "*"), [grant("debugger", "checkout")]), {
    allowed: true,
    via: "usergroup",
  });
  deepStrictEqual(decide(grant("debugger", "checkout"), [grant("admin", "*")]), {
    allowed: true,
    via: "grant",
  });
  deepStrictEqual(decide(undefined, [grant("viewer", "*")]), {
    allowed: false,
    reason: "role_too_low",
    needed: "debugger",
  });
  deepStrictEqual(decide(grant("viewer", "*"), [grant("debugger", "billing")]), {
    allowed: false,
    reason: "out_of_scope",
    needed: "debugger",
  });
  deepStrictEqual(decide(undefined, []), { allowed: false, reason: "no_role", needed: "debugger" });
});

Deno.test("managing access needs an admin for every service", () => {
  const holder = (own?: Grant, groups: Grant[] = [], bootstrapAdmin = false) => ({
    grant: own,
    groupGrants: groups,
    bootstrapAdmin,
  });
  strictEqual(managesAccess(holder(undefined, [], true)), true);
  strictEqual(managesAccess(holder(grant("admin", "*"))), true);
  strictEqual(managesAccess(holder(grant("admin", "checkout", "**"))), true);
  strictEqual(managesAccess(holder(undefined, [grant("admin", "*")])), true);
  strictEqual(managesAccess(holder(grant("admin", "checkout-*"))), false, "scoped admin");
  strictEqual(managesAccess(holder(grant("debugger", "*"))), false);
  strictEqual(managesAccess(holder(undefined, [grant("debugger", "*")])), false);
  strictEqual(managesAccess(holder()), false);
  strictEqual(isFullAdmin(grant("admin", "*-api")), false);
});
