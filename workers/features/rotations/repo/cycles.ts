/**
 * @module features/rotations/repo/cycles
 * A reverse program's rotation in D1: who takes part (active juniors and seniors), the cycles with their
 * planned pairs, and planning again the cycles that have not started.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { programs, rotationCycles, rotationFeedback } from "../../../db/schema";
import { cycleDates, planRotation, type Cycle, type RotationPerson } from "../../../domain/rotations/schedule";
import type { SkillLevel } from "../../../domain/values";
import { skillKey } from "../../../domain/profile";
import type { DB } from "../../../platform/db";
import { withdrewFrom, type Program } from "../../programs";

export type CycleRow = typeof rotationCycles.$inferSelect;

const DAY = 86_400_000;

/** The term's cycles: from the start day's midnight (UTC) to the end day's end, `cycleWeeks` weeks each. */
export function termCycles(program: Pick<Program, "startsOn" | "endsOn" | "cycleWeeks">) {
  if (!program.startsOn || !program.endsOn) return [];
  const start = Date.parse(`${program.startsOn}T00:00:00Z`);
  const end = Date.parse(`${program.endsOn}T00:00:00Z`) + DAY;
  return cycleDates(start, end, program.cycleWeeks ?? 4);
}

type PersonRow = { id: string; role: string; department: string; offered: string; sought: string };

/** Active juniors and seniors, with the topics juniors offer and seniors asked for. */
export async function rotationPeople(db: DB, programId: string) {
  const rows = await db.all<PersonRow>(sql`
    SELECT p.id, e.role, p.department, e.skills_offered AS offered, e.skills_sought AS sought
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.program_id = ${programId} AND e.status = 'active' AND e.role IN ('junior', 'senior')
    ORDER BY e.created_at, p.id`);
  const names = (json: string) => (JSON.parse(json) as SkillLevel[]).map((s) => skillKey(s.name));
  const person = (r: PersonRow): RotationPerson => ({
    id: r.id,
    department: r.department,
    offers: names(r.offered),
    wants: names(r.sought),
  });
  return {
    juniors: rows.filter((r) => r.role === "junior").map(person),
    seniors: rows.filter((r) => r.role === "senior").map(person),
  };
}

export function cyclesOf(db: DB, programId: string) {
  return db
    .select()
    .from(rotationCycles)
    .where(eq(rotationCycles.programId, programId))
    .orderBy(asc(rotationCycles.cycle));
}

export const asCycle = (r: CycleRow): Cycle => ({
  cycle: r.cycle,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  pairs: r.pairs,
  byes: r.byes,
});

/**
 * Plans again every cycle the clock has not started, for who takes part now (late joiners included),
 * keeping started cycles as they are. One batch: the rows of unstarted cycles are replaced together.
 */
export async function replanRotation(db: DB, program: Program) {
  const [people, rows] = await Promise.all([rotationPeople(db, program.id), cyclesOf(db, program.id)]);
  const history = rows.filter((r) => r.startedAt !== null);
  const cycles = planRotation({
    ...people,
    cycles: termCycles(program),
    history: history.map(asCycle),
    departmentMix: program.rotationMixDepartments,
  });
  const started = new Set(history.map((r) => r.cycle));
  const fresh = cycles.filter((c) => !started.has(c.cycle));
  await db.batch([
    db.delete(rotationCycles).where(and(eq(rotationCycles.programId, program.id), isNull(rotationCycles.startedAt))),
    ...fresh.map((c) => db.insert(rotationCycles).values({ programId: program.id, ...c })),
  ]);
  return cyclesOf(db, program.id);
}

/** Saves the pairs of a cycle that has not started; false if it has. */
export async function saveCyclePairs(db: DB, programId: string, cycle: Cycle) {
  const rows = await db
    .update(rotationCycles)
    .set({ pairs: cycle.pairs, byes: cycle.byes })
    .where(
      and(
        eq(rotationCycles.programId, programId),
        eq(rotationCycles.cycle, cycle.cycle),
        isNull(rotationCycles.startedAt),
      ),
    )
    .returning({ cycle: rotationCycles.cycle });
  return rows.length > 0;
}

/** Pauses or resumes the rotation; whether this call changed it (of two at once, only one does). */
export async function setPaused(db: DB, programId: string, paused: boolean) {
  const done = await db
    .update(programs)
    .set({ rotationPaused: paused })
    .where(and(eq(programs.id, programId), eq(programs.rotationPaused, !paused)));
  return done.meta.changes > 0;
}

/** Whether the person has withdrawn from the program (and so lost its rotation). */
export async function hasWithdrawn(db: DB, programId: string, personId: string) {
  const [row] = await db.all<{ n: number }>(sql`SELECT ${withdrewFrom(sql`${programId}`, sql`${personId}`)} AS n`);
  return !!row?.n;
}

/** What a pair's invite needs of each of its people: the topics they offer and seek, and their time zone. */
export const pairTopics = (db: DB, programId: string, ids: string[]) =>
  db.all<{ id: string; offered: string; sought: string; timezone: string }>(sql`
    SELECT e.person_id AS id, e.skills_offered AS offered, e.skills_sought AS sought, p.timezone
    FROM enrollments e JOIN people p ON p.id = e.person_id WHERE e.program_id = ${programId}
      AND e.person_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);

type Feedback = typeof rotationFeedback.$inferInsert;

/** Someone's rating of a partner in a cycle; rating again replaces it. */
export const saveFeedback = (db: DB, f: Feedback) =>
  db
    .insert(rotationFeedback)
    .values(f)
    .onConflictDoUpdate({
      target: [rotationFeedback.programId, rotationFeedback.cycle, rotationFeedback.fromId, rotationFeedback.aboutId],
      set: { rating: f.rating, comment: f.comment },
    });
