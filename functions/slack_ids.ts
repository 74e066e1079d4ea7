/** Slack user and channel ids as function inputs carry them, checked the same way everywhere. */
import * as z from "../core/zod.ts";

export const CHANNEL_ID = /^[CGD][A-Z0-9]{2,20}$/;
export const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

export const channelId = /* @__PURE__ */ z.droppable(() =>
  z.string().check(z.regex(CHANNEL_ID, "must be a Slack channel id"))
);
export const userId = /* @__PURE__ */ z.droppable(() =>
  z.string().check(z.regex(USER_ID, "must be a Slack user id"))
);
