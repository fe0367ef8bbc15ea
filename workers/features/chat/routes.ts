/**
 * @module features/chat/routes
 * A program's chat channel, set by its managers: save the webhook (checked, sealed, never shown again),
 * see whether one is set and where, remove it, and send a test message. And each person's choice of
 * Slack direct messages for their reminders.
 */
import { z } from "@hono/zod-openapi";
import { ApiError, badRequest } from "../../platform/errors";
import { json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";

import { programRoutesFor } from "../programs";
import { checkWebhookUrl, payloadFor } from "../../domain/chat";
import { postToWebhook } from "./deliver";
import { channelOf, remindersByOf, removeChannel, saveChannel, setRemindersBy, webhookOf } from "./repo";
import {
  ChannelSchema,
  ChannelTestSchema,
  ChannelUpdateSchema,
  ChatSettingsSchema,
  ChatSettingsUpdateSchema,
} from "./schemas";
import type { DB } from "../../platform/db";

const { managerRoute, signedInRoute } = programRoutesFor(["Chat"]);
const conflict = json(
  z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
  "No channel, or it refused",
);

const channelDto = async (db: DB, programId: string) => {
  const row = await channelOf(db, programId);
  return { set: !!row, kind: row?.kind ?? null, host: row?.host ?? null, updatedAt: row?.updatedAt ?? null };
};

/** Mounted at `/programs/:id/channel`. */
export const channelRoutes = router()
  .openapi(
    managerRoute.get("/", "Whether the program posts to a Slack or Teams channel (its managers)", {
      responses: { 200: json(ChannelSchema, "The channel, without its URL"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await channelDto(c.var.db, c.var.program.id), 200),
  )
  .openapi(
    managerRoute.put("/", "Set the channel's incoming webhook (its managers)", {
      body: ChannelUpdateSchema,
      responses: { 200: json(ChannelSchema, "Saved; the URL is not shown again"), ...refusals(400, 401, 404) },
    }),
    async (c) => {
      const hook = checkWebhookUrl(c.req.valid("json").webhookUrl);
      if (!hook.ok) throw badRequest("invalid_input", "Some fields are not valid.", { webhookUrl: hook.message });
      await saveChannel(c.var.db, c.env.JWT_SECRET, c.var.program.id, hook, c.var.me.id);
      return c.json(await channelDto(c.var.db, c.var.program.id), 200);
    },
  )
  .openapi(
    managerRoute.delete("/", "Stop posting to the channel (its managers)", {
      responses: { 200: json(ChannelSchema, "Removed"), ...refusals(401, 404) },
    }),
    async (c) => {
      await removeChannel(c.var.db, c.var.program.id);
      return c.json(await channelDto(c.var.db, c.var.program.id), 200);
    },
  )
  .openapi(
    managerRoute.post("/test", "Send a test message to the channel (its managers)", {
      description: "Sent at once, not through the outbox, so the answer says whether the channel took it.",
      responses: { 200: json(ChannelTestSchema, "The channel took it"), ...refusals(401, 404), 409: conflict },
    }),
    async (c) => {
      const hook = await webhookOf(c.var.db, c.env.JWT_SECRET, c.var.program.id);
      if (!hook)
        throw new ApiError(
          409,
          "no_channel",
          "Save the channel's webhook URL first (again, if it was set before the app's secret changed).",
        );
      const post = {
        headline: `Tandem will post news of ${c.var.program.name} here`,
        lines: ["This is a test message."],
      };
      try {
        await postToWebhook((input, init) => fetch(input, init), hook.url, payloadFor(hook.kind, post));
      } catch (err) {
        throw new ApiError(409, "channel_refused", `The message was not posted: ${String(err).slice(0, 300)}`);
      }
      return c.json({ sent: true as const }, 200);
    },
  );

/** Mounted at `/me/chat`. */
export const myChatRoutes = router()
  .openapi(
    signedInRoute.get("/", "How you get your reminders: by mail or as Slack direct messages", {
      responses: { 200: json(ChatSettingsSchema, "Your choice"), ...refusals(401) },
    }),
    async (c) =>
      c.json({ remindersBy: await remindersByOf(c.var.db, c.var.me.id), slackAvailable: !!c.env.SLACK_BOT_TOKEN }, 200),
  )
  .openapi(
    signedInRoute.put("/", "Choose how you get your reminders", {
      description:
        "Slack direct messages need the Slack app set up; where Slack cannot find you, reminders come by mail.",
      body: ChatSettingsUpdateSchema,
      responses: { 200: json(ChatSettingsSchema, "Your choice"), ...refusals(400, 401), 409: conflict },
    }),
    async (c) => {
      const { remindersBy } = c.req.valid("json");
      if (remindersBy === "slack" && !c.env.SLACK_BOT_TOKEN) {
        throw new ApiError(409, "slack_unavailable", "This Tandem is not connected to Slack; reminders come by mail.");
      }
      await setRemindersBy(c.var.db, c.var.me.id, remindersBy);
      return c.json({ remindersBy, slackAvailable: !!c.env.SLACK_BOT_TOKEN }, 200);
    },
  );
