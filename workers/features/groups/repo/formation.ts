/**
 * @module features/groups/repo/formation
 * A group or peer program's groups in D1: who can be grouped, the groups as the admin sees them, and
 * replacing the proposed groups in one batch. Rows go in through `json_each`, since D1 allows 100
 * bound parameters a statement and a program may have hundreds of people.
 */
import { and, eq, sql } from "drizzle-orm";
import { groupMembers, groups } from "../../../db/schema";
import type { Formation, GroupPerson } from "../../../domain/groups/form";
import { describe } from "../../../domain/groups/reasons";
import type { SkillLevel } from "../../../domain/values";
import { skillKey } from "../../../domain/profile";
import type { DB } from "../../../platform/db";
import type { FieldErrors } from "../../../platform/errors";
import { batchStatements } from "../../../platform/statements";
import { withdrewFrom, type Program } from "../../programs";

type PoolRow = {
  id: string;
  name: string;
  email: string;
  department: string;
  role: "mentor" | "mentee" | "both";
  offered: string;
  sought: string;
  grouped: string | null;
};
export type PoolPerson = GroupPerson & { email: string; grouped: "proposed" | "published" | null };

const names = (json: string) => (JSON.parse(json) as SkillLevel[]).map((s) => skillKey(s.name));

/**
 * Everyone active in the program as the former sees them: in a peer program everyone is a peer with
 * what they offer and seek; in a group program people who are both mentor and mentee join as mentees.
 */
export async function groupPool(db: DB, program: Pick<Program, "id" | "kind">): Promise<PoolPerson[]> {
  const rows = await db.all<PoolRow>(sql`
    SELECT p.id, p.name, p.email, p.department, e.role, e.skills_offered AS offered, e.skills_sought AS sought,
      (SELECT g.status FROM group_members gm JOIN groups g ON g.id = gm.group_id
        WHERE g.program_id = e.program_id AND gm.person_id = p.id ORDER BY g.status = 'published' DESC LIMIT 1) AS grouped
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.program_id = ${program.id} AND e.status = 'active' AND e.role IN ('mentor', 'mentee', 'both')
    ORDER BY e.created_at, p.id`);
  return rows.map((r) => {
    const role = program.kind === "peer" ? "peer" : r.role === "mentor" ? "mentor" : "mentee";
    const interests =
      role === "peer" ? [...names(r.offered), ...names(r.sought)] : names(role === "mentor" ? r.offered : r.sought);
    const grouped = r.grouped as PoolPerson["grouped"];
    return { id: r.id, name: r.name, email: r.email, department: r.department, role, interests, grouped };
  });
}

type MemberRow = {
  group_id: string;
  id: string;
  name: string;
  email: string;
  department: string;
  role: GroupPerson["role"];
};

/** The program's groups with their members (mentors first), and who is in none. */
export async function groupsView(db: DB, program: Pick<Program, "id" | "kind">, warnings: string[] = []) {
  const [rows, members, pool] = await Promise.all([
    db.select().from(groups).where(eq(groups.programId, program.id)).orderBy(groups.number),
    db.all<MemberRow>(sql`
      SELECT gm.group_id, p.id, p.name, p.email, p.department, gm.role
      FROM group_members gm JOIN groups g ON g.id = gm.group_id JOIN people p ON p.id = gm.person_id
      WHERE g.program_id = ${program.id} ORDER BY gm.role = 'mentor' DESC, p.name, p.id`),
    groupPool(db, program),
  ]);
  return {
    groups: rows.map((g) => ({
      id: g.id,
      number: g.number,
      name: g.name,
      status: g.status,
      members: members.filter((m) => m.group_id === g.id).map(({ group_id: _g, ...m }) => m),
      sharedInterests: g.sharedInterests,
      reasons: g.reasons,
    })),
    unplaced: pool.filter((p) => !p.grouped).map(({ id, name }) => ({ id, name })),
    warnings,
    published: rows.length > 0 && rows.every((g) => g.status === "published"),
  };
}

/** Replaces the program's proposed groups with `formation`, numbered after `firstNumber - 1`, in one batch. */
export async function saveProposal(
  db: DB,
  program: Pick<Program, "id" | "kind">,
  formation: Formation,
  firstNumber: number,
) {
  const label = program.kind === "peer" ? "Circle" : "Group";
  const rows = formation.groups.map((g) => {
    const number = firstNumber + g.number - 1;
    return { ...g, id: crypto.randomUUID(), number, name: `${label} ${number}` };
  });
  const roleOf = (g: (typeof rows)[number], id: string) =>
    g.mentorIds.includes(id) ? "mentor" : program.kind === "peer" ? "peer" : "mentee";
  const memberRows = rows.flatMap((g) => [...g.mentorIds, ...g.memberIds].map((id) => [g.id, id, roleOf(g, id)]));
  const proposed = sql`SELECT id FROM groups WHERE program_id = ${program.id} AND status = 'proposed'`;
  await batchStatements(db, [
    sql`DELETE FROM group_members WHERE group_id IN (${proposed})`,
    sql`DELETE FROM groups WHERE program_id = ${program.id} AND status = 'proposed'`,
    sql`INSERT INTO groups (id, program_id, number, name, status, shared_interests, reasons)
      SELECT value ->> 'id', ${program.id}, value ->> 'number', value ->> 'name', 'proposed',
        value -> 'sharedInterests', value -> 'reasons'
      FROM json_each(${JSON.stringify(rows)})`,
    sql`INSERT INTO group_members (group_id, person_id, role)
      SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(${JSON.stringify(memberRows)})`,
  ]);
}

/** The highest number a published group of the program has, so new proposals continue after it. */
export async function lastPublishedNumber(db: DB, programId: string) {
  const row = await db.get<{ n: number | null }>(sql`
    SELECT MAX(number) AS n FROM groups WHERE program_id = ${programId} AND status = 'published'`);
  return row?.n ?? 0;
}

/**
 * Moves a person from their proposed group to another, and describes both groups again (shared
 * interests, who leads, the department mix) so the reasons stay true. Returns an error text instead
 * when the move makes no sense.
 */
export async function moveMember(
  db: DB,
  program: Pick<Program, "id" | "kind">,
  personId: string,
  groupId: string,
): Promise<{ error: FieldErrors | null }> {
  const [pool, rows] = await Promise.all([
    groupPool(db, program),
    db.all<{ group_id: string; person_id: string; role: string }>(sql`
      SELECT gm.group_id, gm.person_id, gm.role FROM group_members gm JOIN groups g ON g.id = gm.group_id
      WHERE g.program_id = ${program.id} AND g.status = 'proposed'`),
  ]);
  const from = rows.find((r) => r.person_id === personId)?.group_id;
  if (!from) return { error: { personId: "This person is in no proposed group." } };
  const target = await db.get<{ id: string }>(sql`
    SELECT id FROM groups WHERE id = ${groupId} AND program_id = ${program.id} AND status = 'proposed'`);
  if (!target) return { error: { groupId: "Choose a proposed group of this program." } };
  if (from === groupId) return { error: { groupId: "They are in that group already." } };

  const byId = new Map(pool.map((p) => [p.id, p]));
  const inGroup = (g: string) =>
    rows
      .filter((r) => (r.person_id === personId ? g === groupId : r.group_id === g))
      .flatMap((r) => byId.get(r.person_id) ?? []);
  const described = (g: string) => {
    const people = inGroup(g);
    const mentorIds = new Set(rows.filter((r) => r.role === "mentor").map((r) => r.person_id));
    return describe(
      people.filter((p) => mentorIds.has(p.id)),
      people.filter((p) => !mentorIds.has(p.id)),
    );
  };
  const update = (g: string) => {
    const d = described(g);
    return db.update(groups).set({ sharedInterests: d.sharedInterests, reasons: d.reasons }).where(eq(groups.id, g));
  };
  await batchStatements(db, [
    db
      .update(groupMembers)
      .set({ groupId })
      .where(and(eq(groupMembers.groupId, from), eq(groupMembers.personId, personId))),
    update(from),
    update(groupId),
  ]);
  return { error: null };
}

/**
 * Publishes the program's proposed groups (empty ones are dropped); returns the ids newly published.
 * The UPDATE … RETURNING names only the rows this call changed, so two publishes never both claim one.
 */
export async function publishGroups(db: DB, programId: string) {
  const [, updated] = await batchStatements(db, [
    sql`DELETE FROM groups WHERE program_id = ${programId} AND status = 'proposed'
      AND NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = groups.id)`,
    sql`UPDATE groups SET status = 'published' WHERE program_id = ${programId} AND status = 'proposed' RETURNING id`,
  ]);
  return ((updated?.results ?? []) as { id: string }[]).map((r) => r.id);
}

export type Recipient = {
  groupId: string;
  groupName: string;
  id: string;
  name: string;
  email: string;
  ui_language: string | null;
  role: string;
};

/** Every member of the program's published groups (but those who withdrew), for the "your group is ready" mail. */
export const publishedMembers = (db: DB, programId: string) =>
  db.all<Recipient>(sql`
    SELECT g.id AS groupId, g.name AS groupName, p.id, p.name, p.email, p.ui_language, gm.role
    FROM group_members gm JOIN groups g ON g.id = gm.group_id JOIN people p ON p.id = gm.person_id
    WHERE g.program_id = ${programId} AND g.status = 'published' AND NOT ${withdrewFrom(sql`g.program_id`, sql`p.id`)}
    ORDER BY g.number, gm.role = 'mentor' DESC, p.name`);
