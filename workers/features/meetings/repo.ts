/** @module features/meetings/repo — a pair's meetings and the two people they are for. */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { meetings, people } from "../../db/schema";

export type Meeting = typeof meetings.$inferSelect;
type NewMeeting = Omit<typeof meetings.$inferInsert, "id">;
type MeetingChange = Partial<Pick<Meeting, "startsAt" | "minutes" | "place" | "videoUrl" | "agenda" | "sequence">>;

export const meetingById = async (db: DB, id: string) =>
  (await db.select().from(meetings).where(eq(meetings.id, id)))[0] ?? null;

export const meetingsOf = (db: DB, mentorshipId: string) =>
  db.select().from(meetings).where(eq(meetings.mentorshipId, mentorshipId)).orderBy(asc(meetings.startsAt));

/** Whether the pair has any meeting yet, cancelled ones included (a first meeting was planned then). */
export const hasMeetings = async (db: DB, mentorshipId: string) =>
  (await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.mentorshipId, mentorshipId)).limit(1)).length >
  0;

export const insertMeeting = async (db: DB, values: NewMeeting) =>
  (
    await db
      .insert(meetings)
      .values({ id: crypto.randomUUID(), ...values })
      .returning()
  )[0]!;

export const updateMeeting = async (db: DB, id: string, change: MeetingChange) =>
  (await db.update(meetings).set(change).where(eq(meetings.id, id)).returning())[0]!;

export const saveNotes = async (db: DB, id: string, notes: string, by: string) =>
  (await db.update(meetings).set({ notes, notesBy: by }).where(eq(meetings.id, id)).returning())[0]!;

/** Cancels a meeting once: null when it was cancelled already (a doubled request sends nothing twice). */
export const cancelMeeting = async (db: DB, m: Meeting, now: number) =>
  (
    await db
      .update(meetings)
      .set({ cancelledAt: now, sequence: m.sequence + 1 })
      .where(and(eq(meetings.id, m.id), isNull(meetings.cancelledAt)))
      .returning()
  )[0] ?? null;

/** The two people of a mentorship, as its invites and mails need them. */
export const pairPeople = (db: DB, pair: { mentorId: string; menteeId: string }) =>
  db
    .select({
      id: people.id,
      name: people.name,
      email: people.email,
      timezone: people.timezone,
      uiLanguage: people.uiLanguage,
    })
    .from(people)
    .where(sql`${people.id} IN (${pair.mentorId}, ${pair.menteeId})`);
