/**
 * @module features/mentorships/next
 * A person's next steps, most urgent first: someone waits for their answer to a request, then a survey
 * closes, then a rotation cycle waits to be rated, then training a program requires is not done yet,
 * then a pair has no meeting planned.
 */
import type { z } from "@hono/zod-openapi";
import type { DB } from "../../platform/db";
import { invitationToken } from "../surveys";
import { dueTrainingOf } from "../training";
import { dueWorkOf } from "./repo/next";
import type { NextStepSchema } from "./schemas";

type NextStep = z.infer<typeof NextStepSchema>;

export async function nextStepsOf(db: DB, secret: string, personId: string, now: number): Promise<NextStep[]> {
  const [due, training] = await Promise.all([dueWorkOf(db, personId, now), dueTrainingOf(db, personId, 20)]);
  const none = { dueAt: null, since: null, cycle: null };
  return [
    ...due.requests.map((r) => ({
      ...none,
      kind: "reply-request" as const,
      title: r.mentee_name,
      href: "/requests",
      dueAt: r.deadline_at,
    })),
    ...(await Promise.all(
      due.surveys.map(async (s) => ({
        ...none,
        kind: "answer-survey" as const,
        title: s.title,
        href: `/s/${await invitationToken(secret, s.id)}`,
        dueAt: s.closes_at,
      })),
    )),
    ...due.ratings.map((r) => ({
      ...none,
      kind: "rate-cycle" as const,
      title: r.program_name,
      href: `/rotations/${r.program_id}/feedback/${r.cycle}`,
      cycle: r.cycle,
    })),
    ...training.map((t) => ({
      ...none,
      kind: "do-training" as const,
      title: t.title,
      href: `/programs/${t.program_id}/training`,
    })),
    ...due.quiet.map((m) => ({
      ...none,
      kind: "meet" as const,
      title: m.partner_name,
      href: `/mentorships/${m.id}`,
      since: m.last_met_at,
    })),
  ];
}
