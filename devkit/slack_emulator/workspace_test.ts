import { ok, strictEqual, throws } from "@node/assert";
import { loadWorkspaceFixture, parseWorkspaceFixture } from "./workspace.ts";

Deno.test("the default fixture seeds an on-call member of #prod-debug and an outsider", async () => {
  const fixture = await loadWorkspaceFixture();
  const members = fixture.channels.find((c) => c.name === "prod-debug")?.members ?? [];
  const oncall = fixture.usergroups.find((g) => g.handle === "oncall-engineers")?.users ?? [];
  ok(oncall.length > 0 && oncall.every((user) => members.includes(user)));
  ok(members.includes(fixture.bot.user_id), "the bot is in #prod-debug");
  const outsiders = fixture.users.filter((u) => !members.includes(u.id));
  strictEqual(outsiders.length, 1);
  ok(fixture.channels.some((c) => c.name === "general" && !c.is_private));
});

Deno.test("an invalid fixture names the field to fix", async () => {
  const fixture = await loadWorkspaceFixture();
  throws(
    () => parseWorkspaceFixture({ ...fixture, team: { ...fixture.team, id: "team-1" } }),
    /fixture is invalid.*team\.id/s,
  );
});
