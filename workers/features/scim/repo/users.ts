/**
 * @module features/scim/repo/users
 * People as SCIM sees them: every person, with what the provider said of those it provisioned
 * (its id for them, whether they are active). Someone the provider deleted drops out of SCIM's view
 * but keeps their row, so they stay unable to sign in.
 */
import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { people, scimUsers } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import type { ScimFilter } from "../../../domain/scim-user";

export type ScimPerson = {
  id: string;
  email: string;
  name: string;
  title: string;
  department: string;
  createdAt: number;
  updatedAt: number;
  externalId: string | null;
  active: boolean;
};

const columns = {
  id: people.id,
  email: people.email,
  name: people.name,
  title: people.title,
  department: people.department,
  createdAt: people.createdAt,
  updatedAt: sql<number>`max(${people.updatedAt}, coalesce(${scimUsers.updatedAt}, 0))`,
  externalId: scimUsers.externalId,
  active: sql<boolean>`coalesce(${scimUsers.active}, 1) = 1`.mapWith(Boolean),
};

const visible = isNull(scimUsers.deletedAt);
const withScim = (db: DB) => db.select(columns).from(people).leftJoin(scimUsers, eq(scimUsers.personId, people.id));

export async function scimPerson(db: DB, id: string): Promise<ScimPerson | undefined> {
  return (await withScim(db).where(and(eq(people.id, id), visible)))[0];
}

/** One page of people (`startIndex` from 1), filtered if asked, oldest first. */
export async function scimPeople(db: DB, filter: ScimFilter | null, startIndex: number, limit: number) {
  const match = !filter
    ? visible
    : filter.attribute === "userName"
      ? and(eq(people.email, filter.value.toLowerCase()), visible)
      : and(eq(scimUsers.externalId, filter.value), visible);
  const [rows, [total]] = await Promise.all([
    limit
      ? withScim(db)
          .where(match)
          .orderBy(asc(people.createdAt), asc(people.id))
          .limit(limit)
          .offset(startIndex - 1)
      : Promise.resolve([]),
    db
      .select({ n: count() })
      .from(people)
      .leftJoin(scimUsers, eq(scimUsers.personId, people.id))
      .where(match ?? sql`1`),
  ]);
  return { rows: rows as ScimPerson[], total: total?.n ?? 0 };
}

/** The person with this email, and whether SCIM already provisions them (deleted ones do not count). */
export async function personForEmail(db: DB, email: string) {
  const [row] = await db
    .select({ id: people.id, provisioned: sql<number>`${scimUsers.personId} IS NOT NULL AND ${visible}` })
    .from(people)
    .leftJoin(scimUsers, eq(scimUsers.personId, people.id))
    .where(eq(people.email, email));
  return row && { id: row.id, provisioned: row.provisioned === 1 };
}

export type PersonChange = { email?: string; name?: string; title?: string; department?: string };
export type ScimChange = { externalId?: string | null; active?: boolean; deletedAt?: number | null };

/** A new person, provisioned, in one batch; the id is the caller's. */
export function insertProvisioned(db: DB, id: string, p: Required<PersonChange>, s: ScimChange) {
  return db.batch([
    db.insert(people).values({ id, ...p }),
    db.insert(scimUsers).values({ personId: id, externalId: s.externalId ?? null, active: s.active ?? true }),
  ]);
}

/** Saves a change to the person and to what SCIM says of them, in one batch. */
export function saveProvisioned(db: DB, id: string, p: PersonChange, s: ScimChange, now = Date.now()) {
  const link = { ...s, updatedAt: now };
  return db.batch([
    db
      .update(people)
      .set({ ...p, updatedAt: now })
      .where(eq(people.id, id)),
    db
      .insert(scimUsers)
      .values({
        personId: id,
        externalId: s.externalId ?? null,
        active: s.active ?? true,
        deletedAt: s.deletedAt ?? null,
      })
      .onConflictDoUpdate({ target: scimUsers.personId, set: link }),
  ]);
}

/** Whether another person already has this email (a rename would collide with them). */
export async function emailTaken(db: DB, email: string, exceptId: string) {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.email, email), ne(people.id, exceptId)));
  return !!row;
}
