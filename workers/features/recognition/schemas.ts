/** @module features/recognition/schemas — badges, kudos, certificates and top contributors. */
import { z } from "@hono/zod-openapi";
import { BADGES, MAX_KUDOS_NOTE } from "../../domain/recognition";

export const KudosInput = z
  .object({
    toId: z.string().min(1).max(64).openapi({ description: "Whom to thank: your partner in the pair or at the event" }),
    note: z.string().trim().min(1, "Write a few words.").max(MAX_KUDOS_NOTE),
    mentorshipId: z.string().min(1).max(64).optional(),
    eventId: z.string().min(1).max(64).optional(),
    tellManager: z.boolean().default(false).openapi({ description: "Also mail it to their manager, if known" }),
  })
  .refine((k) => (k.mentorshipId === undefined) !== (k.eventId === undefined), {
    message: "Say where you met: a mentorship or an event, one of them.",
    path: ["mentorshipId"],
  })
  .openapi("KudosInput");

export const KudosSentSchema = z
  .object({ id: z.string(), createdAt: z.number(), managerTold: z.boolean() })
  .openapi("KudosSent");

const EarnedBadge = z
  .object({
    badge: z.enum(BADGES),
    label: z.string(),
    programId: z.string(),
    programName: z.string(),
    earnedAt: z.number(),
  })
  .openapi("Badge");

const ReceivedKudos = z
  .object({
    id: z.string(),
    fromName: z.string(),
    note: z.string(),
    programName: z.string().nullable(),
    createdAt: z.number(),
  })
  .openapi("ReceivedKudos");

export const MyRecognitionSchema = z
  .object({ badges: z.array(EarnedBadge), kudos: z.array(ReceivedKudos) })
  .openapi("MyRecognition");

export const CertificateSchema = z
  .object({
    id: z.string(),
    personName: z.string(),
    role: z.enum(["mentor", "mentee"]),
    partnerName: z.string(),
    programName: z.string(),
    startedAt: z.number().nullable(),
    completedAt: z.number().nullable(),
    organisation: z.string().nullable().openapi({ description: "The organisation's name, when set" }),
  })
  .openapi("Certificate");

export const CertificateLinkSchema = z
  .object({ id: z.string(), path: z.string().openapi({ description: "The printable page, verifiable by anyone" }) })
  .openapi("CertificateLink");

export const ProgramRecognitionSchema = z
  .object({
    badges: z.array(z.object({ badge: z.enum(BADGES), label: z.string(), people: z.number() })),
    contributors: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        completed: z.number(),
        meetings: z.number(),
        kudos: z.number(),
      }),
    ),
  })
  .openapi("ProgramRecognition");
