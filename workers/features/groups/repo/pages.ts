/**
 * @module features/groups/repo/pages
 * A published group's own page in D1: its members, next meeting and notes, and each person's list of
 * their groups. Whoever withdrew from the program is left out of every list (features/programs).
 */
import { and, eq, sql } from "drizzle-orm";
import { groupMembers, groupNotes, groups, programs } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { withdrewFrom } from "../../programs";

export type Group = typeof groups.$inferSelect;
type Role = "mentor" | "mentee" | "peer";

export const groupById = async (db: DB, id: string) =>
  (await db.select().from(groups).where(eq(groups.id, id)))[0] ?? null;

/** Whether the person is in the group and has not withdrawn from its program. */
export async function isActiveMember(db: DB, group: Group, personId: string) {
  const [member] = await db
    .select({ role: groupMembers.role })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.groupId, group.id),
        eq(groupMembers.personId, personId),
        sql`NOT ${withdrewFrom(sql`${group.programId}`, sql`${personId}`)}`,
      ),
    );
  return !!member;
}

type PageMember = { id: string; name: string; email: string; title: string; department: string; role: Role };
export type GroupNote = { id: string; authorId: string; authorName: string; body: string; createdAt: number };

/** What the group's page shows besides the group itself: its program, its members (mentors first) and notes. */
export async function groupPageParts(db: DB, group: Group) {
  const [[program], members, notes] = await Promise.all([
    db
      .select({ id: programs.id, name: programs.name, kind: programs.kind })
      .from(programs)
      .where(eq(programs.id, group.programId)),
    db.all<PageMember>(sql`
      SELECT p.id, p.name, p.email, p.title, p.department, gm.role
      FROM group_members gm JOIN people p ON p.id = gm.person_id
      WHERE gm.group_id = ${group.id} AND NOT ${withdrewFrom(sql`${group.programId}`, sql`p.id`)} ORDER BY gm.role = 'mentor' DESC, p.name, p.id`),
    // The newest hundred: a page, not an archive.
    db.all<GroupNote>(sql`
      SELECT n.id, n.author_id AS authorId, n.body,
        CASE WHEN p.id IS NULL OR ${withdrewFrom(sql`${group.programId}`, sql`p.id`)} THEN 'A former member'
          ELSE p.name END AS authorName,
        n.created_at AS createdAt
      FROM group_notes n LEFT JOIN people p ON p.id = n.author_id
      WHERE n.group_id = ${group.id} ORDER BY n.created_at DESC, n.id DESC LIMIT 100`),
  ]);
  return { program: program!, members, notes };
}

export const setNextMeeting = (db: DB, groupId: string, at: number, place: string) =>
  db.update(groups).set({ nextMeetingAt: at, nextMeetingPlace: place }).where(eq(groups.id, groupId));

export const insertNote = (db: DB, note: typeof groupNotes.$inferInsert) => db.insert(groupNotes).values(note);

/** The person's published groups (those of programs they still take part in), with members still in. */
export const myGroups = (db: DB, personId: string) =>
  db.all<{
    id: string;
    name: string;
    programName: string;
    role: Role;
    members: number;
    at: number | null;
    place: string;
  }>(sql`
    SELECT g.id, g.name, pr.name AS programName, gm.role, g.next_meeting_at AS at, g.next_meeting_place AS place,
      (SELECT COUNT(*) FROM group_members x WHERE x.group_id = g.id
        AND NOT ${withdrewFrom(sql`g.program_id`, sql`x.person_id`)}) AS members
    FROM group_members gm JOIN groups g ON g.id = gm.group_id JOIN programs pr ON pr.id = g.program_id
    WHERE gm.person_id = ${personId} AND g.status = 'published'
      AND NOT ${withdrewFrom(sql`g.program_id`, sql`gm.person_id`)}
    ORDER BY pr.name, g.number`);

/**
 * The notes of a group's members who are still in its program, oldest first, bounded: what captured
 * knowledge starts from. A former member's words stay out, since they can no longer approve them.
 */
export const notesOfMembers = (db: DB, group: Group) =>
  db.all<{ authorId: string; authorName: string; body: string; createdAt: number }>(sql`
    SELECT n.author_id AS authorId, p.name AS authorName, n.body, n.created_at AS createdAt
    FROM group_notes n
      JOIN group_members gm ON gm.group_id = n.group_id AND gm.person_id = n.author_id
      JOIN people p ON p.id = n.author_id
    WHERE n.group_id = ${group.id} AND NOT ${withdrewFrom(sql`${group.programId}`, sql`p.id`)}
    ORDER BY n.created_at, n.id LIMIT 100`);
