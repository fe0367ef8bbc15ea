/**
 * @module features/chat/repo
 * A program's channel (sealed webhook, kind, host), who takes reminders in Slack, and the counts a
 * post announces. The webhook is sealed on the way in and opened only by the sender.
 */
import { eq, inArray, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { chatPreferences, programChannels } from "../../db/schema";
import { openSecret, sealSecret } from "../../platform/crypto";
import type { ChatKind } from "../../domain/chat";

/** Seals and openings under this purpose only, so the same app secret opens nothing else. */
const PURPOSE = "tandem chat webhook";

export const channelOf = async (db: DB, programId: string) =>
  (
    await db
      .select({ kind: programChannels.kind, host: programChannels.host, updatedAt: programChannels.updatedAt })
      .from(programChannels)
      .where(eq(programChannels.programId, programId))
  )[0] ?? null;

export async function saveChannel(
  db: DB,
  secret: string,
  programId: string,
  hook: { kind: ChatKind; host: string; url: string },
  by: string,
) {
  const values = {
    kind: hook.kind,
    host: hook.host,
    sealedUrl: await sealSecret(secret, PURPOSE, hook.url),
    updatedBy: by,
    updatedAt: Date.now(),
  };
  await db
    .insert(programChannels)
    .values({ programId, ...values })
    .onConflictDoUpdate({ target: programChannels.programId, set: values });
}

export const removeChannel = (db: DB, programId: string) =>
  db.delete(programChannels).where(eq(programChannels.programId, programId));

/** The webhook to post to, opened; null when none is set or it no longer opens (the app secret changed). */
export async function webhookOf(db: DB, secret: string, programId: string) {
  const [row] = await db
    .select({ kind: programChannels.kind, sealedUrl: programChannels.sealedUrl })
    .from(programChannels)
    .where(eq(programChannels.programId, programId));
  if (!row) return null;
  const url = await openSecret(secret, PURPOSE, row.sealedUrl);
  return url ? { kind: row.kind, url } : null;
}

/** The program of a run, its name and how many pairs the run made, when the program posts to a channel. */
export const runForPost = async (db: DB, runId: string) =>
  (
    await db.all<{ program_id: string; name: string; pairs: number }>(sql`
      SELECT p.id AS program_id, p.name, (SELECT count(*) FROM mentorships m WHERE m.run_id = r.id) AS pairs
      FROM match_runs r JOIN programs p ON p.id = r.program_id
      JOIN program_channels c ON c.program_id = p.id
      WHERE r.id = ${runId}`)
  )[0] ?? null;

/** Which of these programs post to a channel. */
export const programsWithChannels = async (db: DB, programIds: string[]) =>
  programIds.length
    ? new Set(
        (
          await db
            .select({ id: programChannels.programId })
            .from(programChannels)
            .where(inArray(programChannels.programId, programIds))
        ).map((r) => r.id),
      )
    : new Set<string>();

export const remindersByOf = async (db: DB, personId: string) =>
  (
    await db
      .select({ by: chatPreferences.remindersBy })
      .from(chatPreferences)
      .where(eq(chatPreferences.personId, personId))
  )[0]?.by ?? "mail";

export const setRemindersBy = (db: DB, personId: string, by: "mail" | "slack") =>
  db
    .insert(chatPreferences)
    .values({ personId, remindersBy: by, updatedAt: Date.now() })
    .onConflictDoUpdate({ target: chatPreferences.personId, set: { remindersBy: by, updatedAt: Date.now() } });

/** Of these addresses, those whose person chose Slack for their reminders. */
export async function slackPeopleAmong(db: DB, emails: string[]) {
  if (!emails.length) return new Set<string>();
  const rows = await db.all<{ email: string }>(sql`
    SELECT p.email FROM people p JOIN chat_preferences c ON c.person_id = p.id
    WHERE c.reminders_by = 'slack' AND p.email IN (SELECT value FROM json_each(${JSON.stringify(emails)}))`);
  return new Set(rows.map((r) => r.email));
}
