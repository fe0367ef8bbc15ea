/**
 * @module features/scim/repo/groups
 * Groups an identity provider pushes, and their members. A person's department is the name of the
 * group they joined last (empty once they are in none), written again whenever their groups change
 * or a group of theirs is renamed. Member lists travel as one JSON parameter (100 bound parameters a
 * statement in production), and every change is one batch.
 */
import { asc, count, eq, sql } from "drizzle-orm";
import { scimGroupMembers, scimGroups } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";
import type { GroupChange, GroupFilter } from "../../../domain/scim-group";

export type ScimGroup = typeof scimGroups.$inferSelect;
/** A group's resource lists at most this many members; providers read membership from their side anyway. */
export const MEMBERS_SHOWN = 1000;

const list = (ids: string[]) => JSON.stringify(ids);

/** The department of each of these people (a subquery of ids), from their groups but `leaving`. */
const departmentsOf = (people: ReturnType<typeof sql>, leaving = "") => sql`
  UPDATE people SET updated_at = (unixepoch('subsec') * 1000), department = COALESCE((
    SELECT g.display_name FROM scim_group_members m JOIN scim_groups g ON g.id = m.group_id
    WHERE m.person_id = people.id AND g.id <> ${leaving} ORDER BY m.created_at DESC, g.display_name LIMIT 1), '')
  WHERE id IN (${people})`;

export const groupById = async (db: DB, id: string) =>
  (await db.select().from(scimGroups).where(eq(scimGroups.id, id)))[0];

export const membersOf = (db: DB, groupId: string) =>
  db.all<{ value: string; display: string }>(sql`
    SELECT p.id AS value, p.email AS display FROM scim_group_members m JOIN people p ON p.id = m.person_id
    WHERE m.group_id = ${groupId} ORDER BY p.email LIMIT ${MEMBERS_SHOWN}`);

export async function pageOfGroups(db: DB, filter: GroupFilter | null, startIndex: number, limit: number) {
  const where = filter
    ? eq(filter.attribute === "externalId" ? scimGroups.externalId : scimGroups.displayName, filter.value)
    : undefined;
  const [rows, [total]] = await db.batch([
    db
      .select()
      .from(scimGroups)
      .where(where)
      .orderBy(asc(scimGroups.createdAt), asc(scimGroups.id))
      .limit(limit)
      .offset(startIndex - 1),
    db.select({ n: count() }).from(scimGroups).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Of these ids, those that are nobody in Tandem. */
export const unknownPeople = async (db: DB, ids: string[]) =>
  ids.length
    ? (
        await db.all<{ value: string }>(sql`
          SELECT value FROM json_each(${list(ids)}) WHERE value NOT IN (SELECT id FROM people)`)
      ).map((r) => r.value)
    : [];

/** Creates or changes a group and its members in one batch, then sets the departments that follow. */
export async function saveGroup(db: DB, id: string, change: GroupChange & { create?: boolean }, now = Date.now()) {
  const members = change.members ?? [];
  // Those whose department may change: everyone named, and whoever a replaced membership drops.
  const before = change.members
    ? (
        await db
          .select({ id: scimGroupMembers.personId })
          .from(scimGroupMembers)
          .where(eq(scimGroupMembers.groupId, id))
      ).map((r) => r.id)
    : [];
  const touched = [...new Set([...before, ...members, ...change.add, ...change.remove])];
  const fields = {
    ...(change.displayName !== undefined ? { displayName: change.displayName } : {}),
    ...(change.externalId !== undefined ? { externalId: change.externalId } : {}),
  };
  const addAll = (ids: string[]) =>
    sql`INSERT INTO scim_group_members (group_id, person_id, created_at)
      SELECT ${id}, value, ${now} FROM json_each(${list(ids)}) WHERE true ON CONFLICT DO NOTHING`;
  await batchStatements(db, [
    change.create
      ? db.insert(scimGroups).values({ id, displayName: change.displayName!, externalId: change.externalId ?? null })
      : db
          .update(scimGroups)
          .set({ ...fields, updatedAt: now })
          .where(eq(scimGroups.id, id)),
    ...(change.members
      ? [
          sql`DELETE FROM scim_group_members WHERE group_id = ${id}
            AND person_id NOT IN (SELECT value FROM json_each(${list(members)}))`,
          addAll(members),
        ]
      : []),
    addAll(change.add),
    sql`DELETE FROM scim_group_members WHERE group_id = ${id}
      AND person_id IN (SELECT value FROM json_each(${list(change.remove)}))`,
    departmentsOf(sql`SELECT value FROM json_each(${list(touched)})`),
    // A renamed group renames its members' department.
    ...(fields.displayName !== undefined
      ? [departmentsOf(sql`SELECT person_id FROM scim_group_members WHERE group_id = ${id}`)]
      : []),
  ]);
}

/** Deletes a group; its members' department falls back to their other groups', or none. */
export const deleteGroup = (db: DB, id: string) =>
  batchStatements(db, [
    departmentsOf(sql`SELECT person_id FROM scim_group_members WHERE group_id = ${id}`, id),
    db.delete(scimGroups).where(eq(scimGroups.id, id)),
  ]);
