/**
 * @module features/privacy/repo/people
 * Who is to be erased, and whom to tell: the other person of each of their open mentorships.
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { mentorships, people, programs } from "../../../db/schema";
import type { DB } from "../../../platform/db";
import { erasedAddress } from "./erase";

/** The person with this id, unless they were erased already. */
export async function personToErase(db: DB, id: string) {
  const [row] = await db
    .select({ id: people.id, email: people.email, name: people.name })
    .from(people)
    .where(eq(people.id, id));
  return row && row.email !== erasedAddress(row.id) ? row : undefined;
}

/** The partners of a person's proposed and active mentorships, with their role and the program. */
export function openPartners(db: DB, personId: string) {
  const partnerId = sql`CASE WHEN ${mentorships.mentorId} = ${personId} THEN ${mentorships.menteeId} ELSE ${mentorships.mentorId} END`;
  return db
    .select({
      mentorshipId: mentorships.id,
      // What the person who leaves was to the partner.
      role: sql<"mentor" | "mentee">`CASE WHEN ${mentorships.mentorId} = ${personId} THEN 'mentor' ELSE 'mentee' END`,
      program: programs.name,
      id: people.id,
      name: people.name,
      email: people.email,
      uiLanguage: people.uiLanguage,
    })
    .from(mentorships)
    .innerJoin(programs, eq(programs.id, mentorships.programId))
    .innerJoin(people, sql`${people.id} = ${partnerId}`)
    .where(
      and(
        or(eq(mentorships.mentorId, personId), eq(mentorships.menteeId, personId)),
        inArray(mentorships.status, ["proposed", "active"]),
      ),
    );
}
