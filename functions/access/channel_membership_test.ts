import { deepStrictEqual, strictEqual } from "@node/assert";
import type { SlackClient, SlackResponse } from "../../slack/web_api.ts";
import { channelMembership } from "./channel_membership.ts";

/** A client answering conversations.members from `pages`, recording the cursors asked for. */
function pagedClient(pages: SlackResponse[], cursors: (string | undefined)[]): SlackClient {
  let page = 0;
  return {
    baseUrl: "http://127.0.0.1/",
    call: (_method: string, args?: Record<string, unknown>) => {
      cursors.push(args?.cursor as string | undefined);
      return Promise.resolve(pages[Math.min(page++, pages.length - 1)]);
    },
  } as SlackClient;
}

const page = (members: string[], next: string): SlackResponse => ({
  ok: true,
  members,
  response_metadata: { next_cursor: next },
});

Deno.test("membership pages to the end, following each cursor", async () => {
  const cursors: (string | undefined)[] = [];
  const client = pagedClient(
    [page(["U1", "U2"], "c2"), page(["U3"], "c3"), page(["U9"], "")],
    cursors,
  );
  strictEqual(await channelMembership(client, "C1", "U9"), "member");
  deepStrictEqual(cursors, [undefined, "c2", "c3"]);
  const none: (string | undefined)[] = [];
  strictEqual(
    await channelMembership(pagedClient([page(["U1"], "c2"), page(["U2"], "")], none), "C1", "U9"),
    "not_member",
  );
  strictEqual(none.length, 2);
});

Deno.test("membership past the page bound, or refused by Slack, is unknown (refused)", async () => {
  const cursors: (string | undefined)[] = [];
  const endless = pagedClient([page(["U1"], "more")], cursors);
  deepStrictEqual(await channelMembership(endless, "C1", "U9", 3), {
    unknown: "the channel has more than 3000 members",
  });
  strictEqual(cursors.length, 3);
  deepStrictEqual(
    await channelMembership(pagedClient([{ ok: false, error: "missing_scope" }], []), "C1", "U9"),
    { unknown: 'Slack said "missing_scope"' },
  );
  deepStrictEqual(
    await channelMembership(pagedClient([{ ok: true }], []), "C1", "U9"),
    { unknown: "the answer had no members" },
  );
});
