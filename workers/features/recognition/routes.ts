/**
 * @module features/recognition/routes
 * Recognition: badges (awarded from rows when read, so they are always current), kudos between the
 * people of a pair or of a speed event, certificates of completed mentorships that anyone holding the
 * link can check, and a program's top contributors for its organisers.
 */

import { ApiError, badRequest, forbidden, notFound } from "../../platform/errors";
import type { DB } from "../../platform/db";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { mailerOf, sendMail } from "../mail";
import { getEvent, metBy, roundsEnded } from "../events";
import { mentorshipGuard } from "../mentorships";
import { readOrganisation } from "../organisation";
import { programManager } from "../programs";
import { BADGE_LABELS, BADGES } from "../../domain/recognition";
import { kudosManagerMail } from "./mail";
import { awardForPerson, awardForProgram, badgeCounts, badgesOf } from "./repo/badges";
import { certificateById, certificateFor } from "./repo/certificates";
import { topContributors } from "./repo/contributors";
import { insertKudos, kudosReceived, pairedIn, personById } from "./repo/kudos";
import {
  CertificateLinkSchema,
  CertificateSchema,
  KudosInput,
  KudosSentSchema,
  MyRecognitionSchema,
  ProgramRecognitionSchema,
} from "./schemas";
import { languageOf } from "../../platform/i18n";

const { route, publicRoute, signedInRoute: mine } = guardedRoutesFor(["Recognition"]);

/**
 * The program of an event where the sender sat with the recipient in a round that has ended (as its
 * picks count it), or undefined.
 */
async function metAtEvent(c: { env: Env; var: { db: DB; me: { id: string } } }, eventId: string, toId: string) {
  const event = await getEvent(c.var.db, eventId);
  if (!event) return undefined;
  const met = metBy(event, c.var.me.id, await roundsEnded(c.env, event));
  return met.has(toId) ? { programId: event.programId } : undefined;
}

/** Mounted at `/me/recognition`. */
export const myRecognitionRoutes = router().openapi(
  mine.get("/", "Your badges and the kudos you received, newest first", {
    responses: { 200: json(MyRecognitionSchema, "Badges and kudos"), ...refusals(401) },
  }),
  async (c) => {
    const { db, me } = c.var;
    await awardForPerson(db, me.id, Date.now());
    const [badges, kudos] = await Promise.all([badgesOf(db, me.id), kudosReceived(db, me.id, 50)]);
    return c.json({ badges: badges.map((b) => ({ ...b, label: BADGE_LABELS[b.badge] })), kudos }, 200);
  },
);

/** Mounted at `/kudos`. */
export const kudosRoutes = router().openapi(
  mine.post("/", "Thank your partner in a pair, or someone you met at a speed event", {
    body: KudosInput,
    responses: { 201: json(KudosSentSchema, "Sent"), ...refusals(400, 401, 403) },
  }),
  async (c) => {
    const { db, me } = c.var;
    const k = c.req.valid("json");
    if (k.toId === me.id) throw badRequest("invalid_input", "Thank someone else.", { toId: "Thank someone else." });
    const where = k.mentorshipId
      ? await pairedIn(db, k.mentorshipId, me.id, k.toId)
      : await metAtEvent(c, k.eventId!, k.toId);
    if (!where) throw forbidden("You can thank only someone you were paired with or met at an event.");
    const to = await personById(db, k.toId);
    const saved = await insertKudos(db, {
      fromId: me.id,
      toId: k.toId,
      programId: where.programId,
      mentorshipId: k.mentorshipId ?? null,
      eventId: k.eventId ?? null,
      note: k.note,
      tellManager: k.tellManager,
    });
    const manager = k.tellManager ? to?.manager_email : null;
    if (to && manager) {
      const mailer = mailerOf(c);
      // Keyed by the note: a retried delivery mails the manager once (invariant 1).
      await sendMail(
        mailer.db,
        mailer.queue,
        `kudos-manager:${saved.id}`,
        manager,
        kudosManagerMail(languageOf(to.manager_language), to.name, me.name, k.note, mailer.origin),
      );
    }
    return c.json({ ...saved, managerTold: !!manager }, 201);
  },
);

/** Mounted at `/mentorships/:id/certificate`. */
export const mentorshipCertificateRoutes = router().openapi(
  route.post("/", "Your certificate of a completed mentorship (the pair)", {
    middleware: [mentorshipGuard({ pairOnly: true })] as const,
    params: IdParam,
    responses: { 201: json(CertificateLinkSchema, "The certificate's link"), ...refusals(401, 403, 404, 409) },
  }),
  async (c) => {
    const { mentorship: m, me } = c.var;
    if (m.status !== "completed") {
      throw new ApiError(409, "not_completed", "A certificate is for a completed mentorship.");
    }
    const id = await certificateFor(c.var.db, m.id, me.id);
    return c.json({ id, path: `/certificates/${id}` }, 201);
  },
);

/** Mounted at `/certificates/:id`. */
export const certificateRoutes = router().openapi(
  publicRoute.get("/", "A certificate of completion, for anyone with its link to check", {
    params: IdParam,
    responses: { 200: json(CertificateSchema, "The certificate"), ...refusals(400, 404) },
  }),
  async (c) => {
    const [row, org] = await Promise.all([
      certificateById(c.var.db, c.req.valid("param").id),
      readOrganisation(c.var.db),
    ]);
    if (!row || row.status !== "completed") throw notFound("Certificate");
    return c.json(
      {
        id: row.id,
        personName: row.person_name,
        role: row.role,
        partnerName: row.partner_name,
        programName: row.program_name,
        startedAt: row.started_at,
        completedAt: row.completed_at,
        organisation: org?.name ?? null,
      },
      200,
    );
  },
);

/** Mounted at `/programs/:id/recognition`. */
export const programRecognitionRoutes = router().openapi(
  route.get("/", "Badges earned and the mentors who helped most (managers)", {
    middleware: [programManager] as const,
    params: IdParam,
    responses: { 200: json(ProgramRecognitionSchema, "Recognition"), ...refusals(401, 404) },
  }),
  async (c) => {
    const { db, program } = c.var;
    const now = Date.now();
    await awardForProgram(db, program.id, now);
    const [counts, contributors] = await Promise.all([
      badgeCounts(db, program.id),
      topContributors(db, program.id, now),
    ]);
    const people = new Map(counts.map((b) => [b.badge, b.people]));
    const badges = BADGES.map((badge) => ({ badge, label: BADGE_LABELS[badge], people: people.get(badge) ?? 0 }));
    return c.json({ badges, contributors }, 200);
  },
);
