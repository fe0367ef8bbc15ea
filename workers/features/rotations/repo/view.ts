/**
 * @module features/rotations/repo/view
 * What the admin's rotation page and each participant's dashboard show, from the cycles in D1.
 */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";
import type { Program } from "../../programs";
import { cyclesOf, type CycleRow } from "./cycles";

type Person = { id: string; name: string; title: string; department: string; email: string; role: "junior" | "senior" };

const statusOf = (c: CycleRow) =>
  c.skipped
    ? ("skipped" as const)
    : c.endedAt
      ? ("done" as const)
      : c.startedAt
        ? ("under way" as const)
        : ("planned" as const);

/** Everyone active in the program's rotation. */
export function rotationMembers(db: DB, programId: string) {
  return db.all<Person>(sql`
    SELECT p.id, p.name, p.title, p.department, p.email, e.role FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.program_id = ${programId} AND e.status = 'active' AND e.role IN ('junior', 'senior')
    ORDER BY p.name, p.id`);
}

export async function rotationView(db: DB, program: Program) {
  const [rows, people, ratings] = await Promise.all([
    cyclesOf(db, program.id),
    rotationMembers(db, program.id),
    db.all<{ cycle: number; answers: number; average: number }>(sql`
      SELECT cycle, COUNT(*) AS answers, AVG(rating) AS average FROM rotation_feedback
      WHERE program_id = ${program.id} GROUP BY cycle`),
  ]);
  const upcoming = rows.filter((c) => !c.startedAt);
  const inUpcoming = new Set(
    upcoming.flatMap((c) => [...c.pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]), ...c.byes]),
  );
  return {
    cycleWeeks: program.cycleWeeks ?? 4,
    paused: program.rotationPaused,
    mixDepartments: program.rotationMixDepartments,
    cycles: rows.map((c) => ({
      cycle: c.cycle,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      status: statusOf(c),
      pairs: c.pairs,
      byes: c.byes,
      feedback: (({ answers, average }) => ({ answers, average: answers ? Math.round(average * 10) / 10 : null }))(
        ratings.find((r) => r.cycle === c.cycle) ?? { answers: 0, average: 0 },
      ),
    })),
    people: people.map(({ id, name, department, role }) => ({ id, name, department, role })),
    unplanned: upcoming.length ? people.filter((p) => !inUpcoming.has(p.id)).map((p) => p.id) : [],
  };
}

/**
 * Someone's rotations: per reverse program, the partners of the cycle under way, of the next one (as
 * planned now), and of past ones. No partners in a cycle means a bye.
 */
export async function myRotations(db: DB, personId: string) {
  const programs = await db.all<{ id: string; name: string; role: "junior" | "senior"; paused: number }>(sql`
    SELECT pr.id, pr.name, e.role, pr.rotation_paused AS paused FROM enrollments e JOIN programs pr ON pr.id = e.program_id
    WHERE e.person_id = ${personId} AND e.status = 'active' AND pr.kind = 'reverse' AND e.role IN ('junior', 'senior')
    ORDER BY pr.name`);
  const rated = await db.all<{ program_id: string; cycle: number }>(sql`
    SELECT DISTINCT program_id, cycle FROM rotation_feedback WHERE from_id = ${personId}`);
  return Promise.all(
    programs.map(async (pr) => {
      const [rows, people] = await Promise.all([cyclesOf(db, pr.id), rotationMembers(db, pr.id)]);
      const byId = new Map(people.map((p) => [p.id, p]));
      const mine = rows.map((c) => {
        const pair = c.pairs.find((p) => p.juniorId === personId || p.seniorIds.includes(personId));
        const ids = !pair ? [] : pair.juniorId === personId ? pair.seniorIds : [pair.juniorId];
        const partners = ids.flatMap((id) => {
          const p = byId.get(id);
          return p ? [{ id, name: p.name, title: p.title, department: p.department, email: p.email }] : [];
        });
        return { row: c, view: { cycle: c.cycle, startsAt: c.startsAt, endsAt: c.endsAt, partners } };
      });
      const current = mine.find((m) => m.row.startedAt && !m.row.endedAt && !m.row.skipped);
      const next = mine.find((m) => !m.row.startedAt);
      const past = mine
        .filter((m) => m.row.endedAt && !m.row.skipped && m.view.partners.length)
        .map((m) => ({ ...m.view, rated: rated.some((r) => r.program_id === pr.id && r.cycle === m.row.cycle) }));
      return {
        programId: pr.id,
        programName: pr.name,
        role: pr.role,
        paused: !!pr.paused,
        current: current?.view ?? null,
        next: next?.view ?? null,
        past,
      };
    }),
  );
}
