import { strictEqual } from "@node/assert";
import { removesLastAdmin } from "./last_admin.ts";
import type { Grant } from "./roles.ts";

const ADMIN_ALL: Grant = { role: "admin", scopes: ["*"] };
const DEBUGGER: Grant = { role: "debugger", scopes: ["*"] };
const SCOPED_ADMIN: Grant = { role: "admin", scopes: ["checkout"] };
const count = (bootstrap: string[], granted: string[]) => ({
  bootstrapAdmins: new Set(bootstrap),
  grantedAdmins: new Set(granted),
});

Deno.test("the last admin cannot be revoked or lowered; another admin, or a bootstrap one, allows it", () => {
  const cases: [ReturnType<typeof count>, string, Grant | undefined, boolean][] = [
    [count([], ["UA"]), "UA", undefined, true],
    [count([], ["UA"]), "UA", DEBUGGER, true],
    [count([], ["UA"]), "UA", SCOPED_ADMIN, true],
    [count([], ["UA"]), "UA", ADMIN_ALL, false],
    [count([], ["UA", "UB"]), "UA", undefined, false],
    [count(["UB"], ["UA"]), "UA", undefined, false],
    [count(["UA"], []), "UA", undefined, false],
    [count(["UA"], ["UA"]), "UA", undefined, false],
    [count([], []), "UC", DEBUGGER, false],
    [count([], []), "UC", ADMIN_ALL, false],
    [count([], ["UA"]), "UC", undefined, false],
  ];
  for (const [admins, target, after, expected] of cases) {
    strictEqual(
      removesLastAdmin(admins, target, after),
      expected,
      JSON.stringify({
        admins: [...admins.bootstrapAdmins, "|", ...admins.grantedAdmins],
        target,
        after,
      }),
    );
  }
});
