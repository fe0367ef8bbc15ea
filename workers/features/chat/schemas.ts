/** @module features/chat/schemas — a program's channel as managers see it (never its URL), and someone's choice for reminders. */
import { z } from "@hono/zod-openapi";
import { CHAT_KINDS, REMINDER_CHANNELS } from "../../domain/chat";

export const ChannelSchema = z
  .object({
    set: z.boolean(),
    kind: z.enum(CHAT_KINDS).nullable(),
    host: z.string().nullable().openapi({ description: "The webhook's host, so managers can tell what is set." }),
    updatedAt: z.number().nullable(),
  })
  .openapi("ProgramChannel");

export const ChannelUpdateSchema = z
  .object({
    webhookUrl: z.string().trim().min(1).max(1000).openapi({
      description:
        "A Slack incoming webhook (https://hooks.slack.com/services/…) or a Teams workflow webhook (on logic.azure.com or environment.api.powerplatform.com). Stored sealed; never returned.",
    }),
  })
  .openapi("ProgramChannelUpdate");

export const ChannelTestSchema = z.object({ sent: z.literal(true) }).openapi("ProgramChannelTest");

export const ChatSettingsSchema = z
  .object({
    remindersBy: z.enum(REMINDER_CHANNELS),
    slackAvailable: z.boolean().openapi({ description: "Whether this Tandem can send Slack direct messages." }),
  })
  .openapi("ChatSettings");

export const ChatSettingsUpdateSchema = z
  .object({ remindersBy: z.enum(REMINDER_CHANNELS) })
  .openapi("ChatSettingsUpdate");
