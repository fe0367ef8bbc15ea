/**
 * @module features/mentorships/close
 * Closing mentorships, and telling the other person: when one completes or ends early, and when
 * someone's leaving a program ends theirs (features/requests/leave), so nobody waits for someone who left.
 */
import { END_REASONS, type EndReason } from "../../domain/mentorship";
import { sendMail, type Mailer } from "../mail";
import { languageOf } from "../../platform/i18n";
import { mentorshipClosedMail } from "./mail";
import { closedMailees, endOpenMentorshipsOf, type Mentorship } from "./repo/mentorships";

/** Tells the other person (both, when an organiser closed it) that a mentorship completed or ended. */
export async function tellPartner(
  m: Mailer,
  mentorship: Mentorship,
  by: { id: string; name: string },
  how: "completed" | "ended",
) {
  const rows = await closedMailees(m.db, mentorship, by.id);
  const reason =
    how === "ended" && mentorship.endReason && mentorship.endReason in END_REASONS
      ? (mentorship.endReason as EndReason)
      : null;
  for (const r of rows) {
    await sendMail(
      m.db,
      m.queue,
      `mentorship-${how}:${mentorship.id}:${r.id}`,
      r.email,
      mentorshipClosedMail(languageOf(r.ui_language), r.name, by.name, r.program, how, reason, m.origin, mentorship.id),
    );
  }
}

/**
 * Someone leaving a program, as the steps it sets off are told about it; `tellPartners` false when an
 * erasure tells the partners itself, without naming who left.
 */
export interface Departure {
  person: { id: string; name: string };
  programId: string;
  now: number;
  tellPartners?: boolean;
}

/** Ends a person's open mentorships in a program because they withdrew; each partner is told, unless told not to. */
export async function endMentorshipsOf(m: Mailer, { person, programId, now, tellPartners = true }: Departure) {
  const ended = await endOpenMentorshipsOf(m.db, programId, person.id, now);
  if (tellPartners) for (const mentorship of ended) await tellPartner(m, mentorship, person, "ended");
}
