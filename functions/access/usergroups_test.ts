/** USERGROUP_ROLES: parsed strictly, and membership read once per group per execution. */
import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { DATASTORES } from "../../datastores/mod.ts";
import { withEmulator } from "../../devkit/slack_emulator/test_client.ts";
import { createSlackClient, type SlackClient } from "../../slack/web_api.ts";
import { readAccess } from "./access.ts";
import {
  createMembershipLookup,
  groupGrantsOf,
  MAX_USERGROUP_ROLES,
  readUsergroupRoles,
  UsergroupReadError,
} from "./usergroups.ts";

const ON_CALL_GROUP = "S05ONCALL01"; // U05ONCALL01, U05ONCALL02
const MEMBER = "U05ONCALL01";
const OUTSIDER = "U05OUTSIDER";

Deno.test("USERGROUP_ROLES: group, role and scopes per entry; anything else names the entry", () => {
  deepStrictEqual(readUsergroupRoles({}), []);
  deepStrictEqual(
    readUsergroupRoles({
      USERGROUP_ROLES: " S05ONCALL01:debugger:checkout-*, payments ;S0SRE:admin:*",
    }),
    [
      { usergroup: "S05ONCALL01", grant: { role: "debugger", scopes: ["checkout-*", "payments"] } },
      { usergroup: "S0SRE", grant: { role: "admin", scopes: ["*"] } },
    ],
  );
  const bad: [string, RegExp][] = [
    ["S05ONCALL01:debugger", /entry 1 .*GROUP:ROLE:SCOPES/],
    ["S05ONCALL01:debugger:*:x", /entry 1 .*GROUP:ROLE:SCOPES/],
    ["S05ONCALL01:debugger:*;U05ONCALL01:admin:*", /entry 2 .*user group id/],
    ["S05ONCALL01:root:*", /entry 1 .*viewer, debugger or admin/],
    ["S05ONCALL01:debugger:", /entry 1 .*at least one scope/],
    ["S05ONCALL01:debugger:<!channel>", /entry 1 .*only letters/],
    [
      Array.from({ length: MAX_USERGROUP_ROLES + 1 }, () => "S05ONCALL01:viewer:*").join(";"),
      /at most 10 entries/,
    ],
  ];
  for (const [value, expected] of bad) {
    const read = readUsergroupRoles({ USERGROUP_ROLES: value });
    ok("problem" in read && expected.test(read.problem), `${value}: ${JSON.stringify(read)}`);
    ok(!("problem" in read) || !read.problem.includes("<!channel>"), "never echoes the value");
  }
});

/** A client that counts the calls of each method. */
function counting(client: SlackClient, counts: Map<string, number>): SlackClient {
  return {
    baseUrl: client.baseUrl,
    call: (method, args, options) => {
      counts.set(method, (counts.get(method) ?? 0) + 1);
      return client.call(method, args, options);
    },
  };
}

Deno.test("membership is read once per group in one execution, and afresh in the next", async () => {
  await withEmulator(async (emu) => {
    const counts = new Map<string, number>();
    const client = counting(
      createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } }),
      counts,
    );
    const roles = [
      { usergroup: ON_CALL_GROUP, grant: { role: "viewer" as const, scopes: ["*"] } },
      { usergroup: ON_CALL_GROUP, grant: { role: "debugger" as const, scopes: ["checkout"] } },
    ];
    const lookup = createMembershipLookup(client);
    deepStrictEqual(await groupGrantsOf(lookup, roles, MEMBER), roles.map((r) => r.grant));
    deepStrictEqual(await groupGrantsOf(lookup, roles, OUTSIDER), []);
    strictEqual(counts.get("usergroups.users.list"), 1, "one read for two entries and two users");
    await groupGrantsOf(createMembershipLookup(client), roles, MEMBER);
    strictEqual(counts.get("usergroups.users.list"), 2, "a new execution reads again");
    deepStrictEqual(
      await groupGrantsOf(createMembershipLookup(client), roles, MEMBER, (g) => g.role === "admin"),
      [],
    );
    strictEqual(counts.get("usergroups.users.list"), 2, "groups that could not help are not read");
    await rejects(
      groupGrantsOf(
        createMembershipLookup(client),
        [{ ...roles[0], usergroup: "S05NOGROUP9" }],
        MEMBER,
      ),
      (error: unknown) =>
        error instanceof UsergroupReadError && error.message.includes('"no_such_subteam"'),
    );
  });
});

Deno.test("readAccess asks the groups only when the person's own grant is not enough", async () => {
  await withEmulator(async (emu) => {
    const counts = new Map<string, number>();
    const client = counting(
      createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } }),
      counts,
    );
    const put = await client.call("apps.datastore.put", {
      datastore: "roles",
      item: {
        user_id: MEMBER,
        role: "debugger",
        scopes: ["checkout"],
        granted_by: "U05ONCALL02",
        granted_at: 1,
      },
    });
    ok(put.ok, JSON.stringify(put));
    const env = { USERGROUP_ROLES: `${ON_CALL_GROUP}:debugger:billing;${ON_CALL_GROUP}:admin:*` };
    const own = await readAccess(client, env, MEMBER, { needed: "debugger", service: "checkout" });
    strictEqual(own.groupGrants, undefined);
    strictEqual(counts.get("usergroups.users.list"), undefined, "own grant enough: no lookup");
    const billing = await readAccess(client, env, MEMBER, {
      needed: "debugger",
      service: "billing",
    });
    deepStrictEqual(billing.groupGrants, [
      { role: "debugger", scopes: ["billing"] },
      { role: "admin", scopes: ["*"] },
    ]);
    strictEqual(counts.get("usergroups.users.list"), 1);
    await rejects(
      readAccess(client, { USERGROUP_ROLES: "S05NOGROUP9:debugger:*" }, MEMBER, {
        needed: "debugger",
        service: "billing",
      }),
      /Could not read your role, so nothing was done: Could not read the members of user group S05NOGROUP9/,
    );
    await rejects(
      readAccess(client, { USERGROUP_ROLES: "nonsense" }, MEMBER),
      /USERGROUP_ROLES entry 1 is not usable/,
    );
  }, { datastores: DATASTORES.map((d) => d.definition) });
});
