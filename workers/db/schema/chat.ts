/**
 * @module db/schema/chat
 * Where a program posts: its Slack or Teams channel's incoming webhook. The URL is a bearer secret, so
 * it is kept sealed (platform/crypto `sealSecret`) and never read back by the API. And who takes their
 * reminders as a Slack direct message instead of mail.
 */
import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { CHAT_KINDS, REMINDER_CHANNELS } from "../../domain/chat";
import { updatedAt } from "./columns";
import { programRef } from "./programs";
import { personRef } from "./people";

export const programChannels = sqliteTable("program_channels", {
  programId: programRef().primaryKey(),
  kind: text("kind", { enum: CHAT_KINDS }).notNull(),
  /** The webhook's host, shown to managers so they can tell which channel is set without the secret. */
  host: text("host").notNull(),
  sealedUrl: text("sealed_url").notNull(),
  updatedBy: text("updated_by"),
  updatedAt: updatedAt(),
});

/** Someone who chose Slack direct messages for their reminders; without a row, reminders come by mail. */
export const chatPreferences = sqliteTable("chat_preferences", {
  personId: personRef().primaryKey(),
  remindersBy: text("reminders_by", { enum: REMINDER_CHANNELS }).notNull(),
  updatedAt: updatedAt(),
});
