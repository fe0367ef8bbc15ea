/**
 * Rows written straight into D1 with the dates a test needs (a pair that started 50 days ago, a
 * meeting three weeks back), for figures no sequence of API calls could date.
 */
import { env } from "cloudflare:workers";
import { uniqueEmail } from "./helpers";

const DAY = 86_400_000;
export const ago = (days: number, now = Date.now()) => now - days * DAY;

export async function person(
  department: string,
  location = "Berlin",
  years: number | null = 4,
  email = uniqueEmail("row"),
) {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    "INSERT INTO people (id, email, name, department, location, years_experience) VALUES (?, ?, ?, ?, ?, ?)",
  )
    .bind(id, email, `Person ${email.split("@")[0]}`, department, location, years)
    .run();
  return id;
}

export async function enrol(programId: string, personId: string, role: string, createdAt: number, status = "active") {
  await env.DB.prepare(
    "INSERT INTO enrollments (id, program_id, person_id, role, status, capacity, created_at) VALUES (?, ?, ?, ?, ?, 2, ?)",
  )
    .bind(crypto.randomUUID(), programId, personId, role, status, createdAt)
    .run();
}

export async function pair(
  programId: string,
  mentor: string,
  mentee: string,
  status: string,
  createdAt: number,
  endReason?: string,
) {
  const id = crypto.randomUUID();
  const closed = status === "ended" || status === "completed";
  await env.DB.prepare(
    `INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, created_at, started_at, ended_at, end_reason)
     VALUES (?, ?, ?, ?, ?, 'admin', ?, ?, ?, ?)`,
  )
    .bind(
      id,
      programId,
      mentor,
      mentee,
      status,
      createdAt,
      status === "proposed" ? null : createdAt,
      closed ? ago(1) : null,
      endReason ?? null,
    )
    .run();
  return id;
}

export async function meeting(mentorshipId: string, startsAt: number, cancelled = false) {
  await env.DB.prepare(
    "INSERT INTO meetings (id, mentorship_id, starts_at, minutes, created_by, cancelled_at) VALUES (?, ?, ?, 30, 'x', ?)",
  )
    .bind(crypto.randomUUID(), mentorshipId, startsAt, cancelled ? startsAt : null)
    .run();
}
