/**
 * Access control at its edges: what a refusal says for each reason (the service cut at 64
 * characters and shown as code, up to three admins named), stored grants this version cannot
 * read (no role), the settings' bounds (20 bootstrap admins, user group ids, the grant key's
 * 32 to 1024 characters), the alert grant's shape, channel membership's page bound, a group's
 * member list that is not a list, and the form's interactivity pointer.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import {
  type Access,
  AccessReadError,
  accessRefusal,
  describeAccessFailure,
  grantOf,
  manageRefusal,
  readAccess,
} from "./access.ts";
import { readAdminIds } from "./settings.ts";
import { alertGrantCheck, readAlertGrantKey, signAlertGrant } from "./alert_grant.ts";
import { channelMembership, MAX_MEMBER_PAGES, membershipRefusal } from "./channel_membership.ts";
import { createMembershipLookup, readUsergroupRoles, UsergroupReadError } from "./usergroups.ts";
import { identityRefusal, requiredInteractivityInput } from "./identity.ts";
import { SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { createHmac } from "node:crypto";

const base = (over: Partial<Access> = {}): Access => ({
  userId: "U0123ABCD",
  bootstrapAdmin: false,
  admins: ["U0ADMIN01"],
  ...over,
});

Deno.test("access refusal: each reason in its own words, the service as code cut at 64 characters", () => {
  const service = "s".repeat(63) + "T" + "OVERFLOW";
  const named = "`" + "s".repeat(63) + "T`";
  const cases: [Access, string, string][] = [
    [base(), "access:no_role", "and you have no role."],
    [
      base({ grant: { role: "viewer", scopes: ["*"] } }),
      "access:role_too_low",
      "and your role is viewer.",
    ],
    [
      base({ grant: { role: "debugger", scopes: ["other"] } }),
      "access:out_of_scope",
      `and your debugger role does not cover ${named}.`,
    ],
  ];
  for (const [access, detail, has] of cases) {
    const refusal = accessRefusal(access, "debugger", service, "read its logs");
    if (refusal === undefined) throw new Error(`${detail}: allowed`);
    strictEqual(refusal.detail, detail);
    ok(
      refusal.error.startsWith(`You need the debugger role for ${named} to read its logs, ${has}`),
      refusal.error,
    );
    ok(!refusal.error.includes("OVERFLOW"), refusal.error);
    ok(
      refusal.error.endsWith(`Ask an admin (U0ADMIN01) to grant you debugger for ${named}.`),
      refusal.error,
    );
  }
  strictEqual(accessRefusal(base({ bootstrapAdmin: true }), "admin", "x", "y"), undefined);
});

Deno.test("access refusal: up to three admins are named as who can grant; none says ADMIN_USER_IDS is empty", () => {
  const admins = ["U0ADMIN01", "U0ADMIN02", "U0ADMIN03", "U0ADMIN04"];
  for (let n = 0; n <= admins.length; n++) {
    const error =
      accessRefusal(base({ admins: admins.slice(0, n) }), "viewer", "x", "see it")?.error ?? "";
    const who = n === 0
      ? "Ask an admin of this app (ADMIN_USER_IDS is empty: a workspace admin must set it first)"
      : `Ask an admin (${admins.slice(0, Math.min(n, 3)).join(", ")})`;
    ok(error.includes(who), `${n}: ${error}`);
    ok(!error.includes("U0ADMIN04"), error);
  }
});

Deno.test("manage refusal: no role, a partial admin, or another role, each said; a full admin passes", () => {
  strictEqual(manageRefusal(base({ grant: { role: "admin", scopes: ["*"] } }), "x"), undefined);
  const cases: [Access, string, string][] = [
    [base(), "access:no_role", "you have no role"],
    [
      base({ grant: { role: "admin", scopes: ["checkout"] } }),
      "access:not_full_admin",
      "your admin role covers only some services",
    ],
    [
      base({ grant: { role: "debugger", scopes: ["*"] } }),
      "access:not_full_admin",
      "your role is debugger",
    ],
  ];
  for (const [access, detail, has] of cases) {
    const refusal = manageRefusal(access, "manage roles");
    if (refusal === undefined) throw new Error(`${detail}: allowed`);
    strictEqual(refusal.detail, detail);
    ok(
      refusal.error.includes(`to manage roles, and ${has}. Nothing was changed or shown.`),
      refusal.error,
    );
  }
});

Deno.test("stored grants: only a known role with a list of scopes is a grant; anything else is no role", () => {
  deepStrictEqual(grantOf({ role: "debugger", scopes: ["a", 3, "b"] }), {
    role: "debugger",
    scopes: ["a", "b"],
  });
  for (
    const item of [
      undefined,
      { role: "debugger", scopes: "a" },
      { role: "debugger" },
      { role: "root", scopes: ["*"] },
      { role: "Admin", scopes: ["*"] },
      { scopes: ["*"] },
    ]
  ) {
    strictEqual(grantOf(item), undefined, JSON.stringify(item));
  }
});

Deno.test("access failures: our own message for a read error, a fixed one for anything else", () => {
  const read = new AccessReadError("Could not read your role, so nothing was done: x");
  strictEqual(read.name, "AccessReadError");
  strictEqual(describeAccessFailure(read), read.message);
  for (const other of [new Error("xoxb-secret-token"), "xoxb-secret-token", undefined]) {
    const said = describeAccessFailure(other);
    ok(!said.includes("xoxb"), said);
    ok(said.startsWith("Could not read your role because of an unexpected internal error"), said);
  }
});

Deno.test("ADMIN_USER_IDS: up to 20 user ids, 21 or any other text refused without repeating it", () => {
  for (const n of [0, 1, 19, 20, 21]) {
    const ids = Array.from({ length: n }, (_, i) => `U0ADMIN${String(i).padStart(2, "0")}`);
    const read = readAdminIds({ ADMIN_USER_IDS: ids.join(" , ") });
    if (n <= 20) deepStrictEqual([...read as ReadonlySet<string>], ids);
    else {ok(
        "problem" in read && read.problem.includes("at most 20 user ids"),
        JSON.stringify(read),
      );}
  }
  const bad = readAdminIds({ ADMIN_USER_IDS: "U0ADMIN01,<@U0EVIL>" });
  ok("problem" in bad && !bad.problem.includes("EVIL"));
});

Deno.test("USERGROUP_ROLES: a group id is S and 2 to 20 letters or digits", () => {
  for (const id of ["S12", "S" + "A".repeat(20)]) {
    const read = readUsergroupRoles({ USERGROUP_ROLES: `${id}:viewer:*` });
    deepStrictEqual(read, [{ usergroup: id, grant: { role: "viewer", scopes: ["*"] } }]);
  }
  for (const id of ["S1", "S" + "A".repeat(21), "s123", "U0123ABCD", "S12-", "XS0123", "US12"]) {
    const read = readUsergroupRoles({ USERGROUP_ROLES: `${id}:viewer:*` });
    ok("problem" in read && read.problem.includes("the group must be a user group id"), id);
  }
});

Deno.test("a group's member list that is not a list is a read error naming the group", async () => {
  for (const users of ["U0123ABCD", { 0: "U0123ABCD" }, null]) {
    const client = {
      call: () => Promise.resolve({ ok: true, users }),
    } as unknown as SlackClient;
    const lookup = createMembershipLookup(client);
    let thrown: unknown;
    try {
      await lookup("S0GROUP01", "U0123ABCD");
    } catch (error) {
      thrown = error;
    }
    if (!(thrown instanceof UsergroupReadError)) throw new Error(String(thrown));
    ok(thrown.message.includes("S0GROUP01") && thrown.message.includes("not a list of members"));
  }
});

Deno.test("ALERT_GRANT_KEY: 32 to 1024 characters; a bad key refuses every grant as a setting problem", () => {
  for (const length of [31, 32, 1024, 1025]) {
    const key = "g".repeat(length);
    const read = readAlertGrantKey({ ALERT_GRANT_KEY: key });
    if (length >= 32 && length <= 1024) deepStrictEqual(read, { key });
    else {ok(
        "problem" in read && read.problem.startsWith("ALERT_GRANT_KEY must be 32 to 1024"),
        String(length),
      );}
  }
  const request = {
    service: "s",
    environment: "e",
    filter: "",
    channel_id: "C0123ABCD",
    user_id: "U0123ABCD",
  };
  const grant = signAlertGrant("g".repeat(31), request, 1_800_000_000);
  const check = alertGrantCheck(
    { ALERT_GRANT_KEY: "g".repeat(31) },
    grant,
    request,
    1_800_000_000,
  );
  if (typeof check !== "object") throw new Error("granted under a bad key");
  strictEqual(check.detail, "bad_settings");
  ok(check.error.startsWith("ALERT_GRANT_KEY must be"), check.error);
});

Deno.test("an alert grant with anything before or after its shape is refused", () => {
  const key = "k".repeat(40);
  const request = {
    service: "s",
    environment: "e",
    filter: "",
    channel_id: "C0123ABCD",
    user_id: "U0123ABCD",
  };
  const now = 1_800_000_000;
  const grant = signAlertGrant(key, request, now);
  strictEqual(alertGrantCheck({ ALERT_GRANT_KEY: key }, grant, request, now), "granted");
  for (const changed of [`x${grant}`, `${grant}0`, ` ${grant}`, grant.toUpperCase()]) {
    const check = alertGrantCheck({ ALERT_GRANT_KEY: key }, changed, request, now);
    ok(typeof check === "object" && check.detail === "access:bad_alert_grant", changed);
  }
  // Twelve-digit expiries (past the year 5138) are read as such.
  const far = 99_999_999_800;
  const farGrant = signAlertGrant(key, request, far);
  ok(/^v1\.\d{12}\./.test(farGrant), farGrant);
  strictEqual(alertGrantCheck({ ALERT_GRANT_KEY: key }, farGrant, request, far), "granted");
});

Deno.test("channel membership: conversations.members is paged 1,000 at a time up to 50 pages, then unknown", async () => {
  strictEqual(MAX_MEMBER_PAGES, 50);
  const asked: Record<string, unknown>[] = [];
  const client = {
    call: (method: string, args: Record<string, unknown>) => {
      strictEqual(method, "conversations.members");
      asked.push(args);
      return Promise.resolve({
        ok: true,
        members: [`U0PAGE${String(asked.length).padStart(3, "0")}`],
        response_metadata: { next_cursor: `c${asked.length}` },
      });
    },
  } as unknown as SlackClient;
  deepStrictEqual(await channelMembership(client, "C0123ABCD", "U0NOBODY1"), {
    unknown: "the channel has more than 50000 members",
  });
  strictEqual(asked.length, 50);
  deepStrictEqual(asked[0], { channel: "C0123ABCD", limit: 1000 });
  strictEqual(asked[49].cursor, "c49");
  asked.length = 0;
  strictEqual(
    await channelMembership(client, "C0123ABCD", "U0PAGE050"),
    "member",
    "the 50th page is read",
  );
});

Deno.test("the form's interactivity needs a pointer of 1 to 256 characters and the submitter's user id", () => {
  const interactor = { id: "U0123ABCD" };
  for (
    const [pointer, accepted] of [["", false], ["p", true], ["p".repeat(256), true], [
      "p".repeat(257),
      false,
    ]] as const
  ) {
    strictEqual(
      requiredInteractivityInput.safeParse({ interactivity_pointer: pointer, interactor }).success,
      accepted,
      `${pointer.length} characters`,
    );
  }
  ok(
    !requiredInteractivityInput.safeParse({ interactivity_pointer: "p", interactor: { id: "x" } })
      .success,
  );
});

/** A client with a stored role per user and members per user group; every call is kept. */
function accessClient(
  roles: Record<string, Record<string, unknown>>,
  groups: Record<string, string[]>,
  fail?: { method: string; answer?: Record<string, unknown>; throws?: Error },
) {
  const calls: string[] = [];
  const client = {
    call: (method: string, args: Record<string, unknown>) => {
      calls.push(`${method}:${String(args.id ?? args.usergroup)}`);
      if (fail?.method === method) {
        return fail.throws ? Promise.reject(fail.throws) : Promise.resolve(fail.answer);
      }
      if (method === "apps.datastore.get") {
        const item = roles[String(args.id)];
        return Promise.resolve({ ok: true, item: item ? { user_id: args.id, ...item } : {} });
      }
      return Promise.resolve({ ok: true, users: groups[String(args.usergroup)] ?? [] });
    },
  } as unknown as SlackClient;
  return { client, calls };
}

const ME = "U0123ABCD";
const GROUPS = "S0VIEW001:viewer:*;S0ADMIN01:admin:*;S0CHECK01:admin:checkout";

async function refusedRead(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AccessReadError) return error.message;
    throw error;
  }
  throw new Error("read");
}

Deno.test("reading access: bad settings are read errors naming the setting; a bootstrap admin is read without a call", async () => {
  const { client, calls } = accessClient({}, {});
  ok(
    (await refusedRead(() => readAccess(client, { ADMIN_USER_IDS: "nope" }, ME))).startsWith(
      "ADMIN_USER_IDS must be",
    ),
  );
  ok(
    (await refusedRead(() => readAccess(client, { USERGROUP_ROLES: "nope" }, ME))).startsWith(
      "USERGROUP_ROLES entry 1",
    ),
  );
  deepStrictEqual(await readAccess(client, { ADMIN_USER_IDS: `U0OTHER01,${ME}` }, ME), {
    userId: ME,
    admins: ["U0OTHER01", ME],
    bootstrapAdmin: true,
  });
  deepStrictEqual(calls, []);
});

Deno.test("reading access: a role that cannot be read is a read error in our words", async () => {
  const refused = accessClient({}, {}, {
    method: "apps.datastore.get",
    answer: { ok: false, error: "datastore_error" },
  });
  const said = await refusedRead(() => readAccess(refused.client, {}, ME));
  ok(
    said.startsWith("Could not read your role, so nothing was done: ") &&
      said.includes("datastore_error"),
    said,
  );
  const broken = accessClient({}, {}, {
    method: "apps.datastore.get",
    throws: new TypeError("xoxb-secret"),
  });
  const other = await refusedRead(() => readAccess(broken.client, {}, ME));
  strictEqual(
    other,
    "Could not read your role, so nothing was done: an unexpected internal error stopped the read.",
  );
});

Deno.test("reading access: groups are asked only when they could allow what is wanted", async () => {
  const env = { USERGROUP_ROLES: GROUPS };
  const groups = { S0VIEW001: [ME], S0ADMIN01: [], S0CHECK01: [ME] };
  const all = accessClient({}, groups);
  const read = await readAccess(all.client, env, ME);
  deepStrictEqual(read.groupGrants, [
    { role: "viewer", scopes: ["*"] },
    { role: "admin", scopes: ["checkout"] },
  ], "nothing wanted: every group is asked");
  deepStrictEqual(all.calls.slice(1), [
    "usergroups.users.list:S0VIEW001",
    "usergroups.users.list:S0ADMIN01",
    "usergroups.users.list:S0CHECK01",
  ]);
  const manage = accessClient({}, groups);
  deepStrictEqual((await readAccess(manage.client, env, ME, "manage")).groupGrants, []);
  deepStrictEqual(
    manage.calls.slice(1),
    ["usergroups.users.list:S0ADMIN01"],
    "only a group that manages",
  );
  const fullAdmin = accessClient({ [ME]: { role: "admin", scopes: ["*"] } }, groups);
  await readAccess(fullAdmin.client, env, ME, "manage");
  strictEqual(fullAdmin.calls.length, 1, "an own grant that is enough asks no group");
  const debug = accessClient({}, groups);
  const wanted = { needed: "debugger" as const, service: "checkout" };
  deepStrictEqual((await readAccess(debug.client, env, ME, wanted)).groupGrants, [{
    role: "admin",
    scopes: ["checkout"],
  }]);
  deepStrictEqual(debug.calls.slice(1), [
    "usergroups.users.list:S0ADMIN01",
    "usergroups.users.list:S0CHECK01",
  ]);
});

Deno.test("reading access: a group that cannot be read is a read error naming it, another error in our words", async () => {
  const env = { USERGROUP_ROLES: GROUPS };
  const refused = accessClient({}, {}, {
    method: "usergroups.users.list",
    answer: { ok: false, error: "missing_scope" },
  });
  const said = await refusedRead(() => readAccess(refused.client, env, ME, "manage"));
  ok(said.includes("user group S0ADMIN01") && said.includes("missing_scope"), said);
  const broken = accessClient({}, {}, {
    method: "usergroups.users.list",
    throws: new TypeError("xoxb-secret"),
  });
  const other = await refusedRead(() => readAccess(broken.client, env, ME, "manage"));
  ok(!other.includes("xoxb") && other.includes("S0ADMIN01 (an unexpected internal error)"), other);
});

Deno.test("refusals name the roles held through groups, and a partial admin through a group", () => {
  const viaGroups = base({ groupGrants: [{ role: "viewer", scopes: ["*"] }] });
  ok(accessRefusal(viaGroups, "debugger", "x", "y")?.error.includes("and your role is viewer."));
  const mixed = base({
    grant: { role: "debugger", scopes: ["*"] },
    groupGrants: [{ role: "admin", scopes: ["checkout"] }],
  });
  ok(
    manageRefusal(mixed, "manage roles")?.error.includes(
      "your admin role covers only some services",
    ),
  );
});

Deno.test("an alert grant is HMAC-SHA256 under the key over its version, expiry and request as a JSON list", () => {
  const key = "k".repeat(40);
  const request = {
    service: "svc",
    environment: "prod",
    filter: "f",
    channel_id: "C0123ABCD",
    user_id: ME,
  };
  const now = 1_800_000_000;
  const message = JSON.stringify([
    "safe-debug-alert-grant/v1",
    now + 300,
    "svc",
    "prod",
    "f",
    "C0123ABCD",
    ME,
  ]);
  strictEqual(
    signAlertGrant(key, request, now),
    `v1.${now + 300}.${createHmac("sha256", key).update(message).digest("hex")}`,
  );
});

Deno.test("identity: only a form submitted by someone else than the requester is refused", () => {
  const form = (id: string) => ({ interactivity_pointer: "p", interactor: { id } });
  strictEqual(identityRefusal(undefined, ME), undefined);
  strictEqual(identityRefusal(form(ME), ME), undefined);
  const refusal = identityRefusal(form("U0OTHER01"), ME);
  strictEqual(refusal?.detail, "identity_mismatch");
  ok(refusal?.error.startsWith("The requester is not the person who submitted the form"));
});

Deno.test("membership refusal: a member passes; not a member, or unknown for any reason, is refused and said", async () => {
  const answering = (answer: Record<string, unknown> | Error) =>
    ({
      call: () => answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer),
    }) as unknown as SlackClient;
  strictEqual(
    await membershipRefusal(answering({ ok: true, members: [ME] }), "C0123ABCD", ME),
    undefined,
  );
  const not = await membershipRefusal(
    answering({ ok: true, members: ["U0OTHER01"] }),
    "C0123ABCD",
    ME,
  );
  strictEqual(not?.detail, "channel_not_member");
  ok(not?.error.startsWith("You are not a member of this channel"));
  const cases: [Record<string, unknown> | Error, string][] = [
    [{ ok: false, error: "channel_not_found" }, 'Slack said "channel_not_found"'],
    [
      new SlackApiError("Slack could not be reached.", "timeout", "conversations.members"),
      "Slack could not be reached.",
    ],
    [new TypeError("xoxb-secret"), "an unexpected internal error"],
  ];
  for (const [answer, why] of cases) {
    const unknown = await membershipRefusal(answering(answer), "C0123ABCD", ME);
    strictEqual(unknown?.detail, "channel_members_unknown");
    ok(
      unknown?.error.startsWith(
        `Could not check that you are a member of this channel (${why}), so`,
      ),
      unknown?.error,
    );
  }
});

Deno.test("USERGROUP_ROLES: up to 10 entries, 11 refused", () => {
  for (const n of [9, 10, 11]) {
    const entries = Array.from(
      { length: n },
      (_, i) => `S0GROUP${String(i).padStart(2, "0")}:viewer:*`,
    );
    const read = readUsergroupRoles({ USERGROUP_ROLES: entries.join(";") });
    if (n <= 10) strictEqual((read as unknown[]).length, n);
    else {ok(
        "problem" in read && read.problem.startsWith("USERGROUP_ROLES holds at most 10 entries"),
      );}
  }
});

Deno.test("a user group of up to 100,000 members is read; one more is a read error, never a partial list", async () => {
  for (const [size, readable] of [[100_000, true], [100_001, false]] as const) {
    const users = Array.from({ length: size }, (_, i) => `U${String(i).padStart(8, "0")}`);
    const lookup = createMembershipLookup(
      { call: () => Promise.resolve({ ok: true, users }) } as unknown as SlackClient,
    );
    let thrown: unknown;
    const found = await lookup("S0GROUP01", users[size - 1]).catch((error) => (thrown = error));
    if (readable) strictEqual(found, true);
    else {
      if (!(thrown instanceof UsergroupReadError)) throw new Error(`${size}: read`);
      strictEqual(thrown.name, "UsergroupReadError");
    }
  }
});
