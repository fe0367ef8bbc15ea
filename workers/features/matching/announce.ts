/**
 * @module features/matching/announce
 * Telling both people of every mentorship a published run made, a page at a time. Each mail has the
 * key `match:<mentorship>:<person>`, so a redelivered page sends nothing twice.
 */
import type { DB } from "../../platform/db";
import { explainFor } from "../../domain/matching/reasons";
import { enqueueMail, type MailMessage } from "../mail";
import { matchedMail } from "./mail";
import { postNewPairs } from "../chat";
import { announcedPairs, insertAnnouncements, markAnnounced, recordAnnouncements } from "./repo/announce";
import { languageOf } from "../../platform/i18n";

export const ANNOUNCE_PAGE = 50;

/** Sends one page of a run's announcements; returns the id to continue after, or null when done. */
export async function announcePage(db: DB, mail: Queue<MailMessage>, runId: string, after: string, appUrl: string) {
  const batchId = `match:${runId}`;
  const rows = await announcedPairs(db, runId, after, ANNOUNCE_PAGE);
  const mails = rows.flatMap((r) => {
    const reasons: string[] = JSON.parse(r.reasons);
    const mentor = { name: r.mentor_name, email: r.mentor_email };
    const mentee = { name: r.mentee_name, email: r.mentee_email };
    return [
      {
        key: `match:${r.id}:${r.mentor_id}`,
        to: r.mentor_email,
        mail: matchedMail(
          languageOf(r.mentor_language),
          r.mentor_name,
          mentee,
          "mentor",
          r.program_name,
          explainFor(reasons, "mentor"),
          appUrl,
          r.id,
        ),
      },
      {
        key: `match:${r.id}:${r.mentee_id}`,
        to: r.mentee_email,
        mail: matchedMail(
          languageOf(r.mentee_language),
          r.mentee_name,
          mentor,
          "mentee",
          r.program_name,
          explainFor(reasons, "mentee"),
          appUrl,
          r.id,
        ),
      },
    ];
  });
  if (mails.length) {
    if (!after) await recordAnnouncements(db, batchId, runId);
    await enqueueMail(mail, await insertAnnouncements(db, batchId, mails));
  }
  if (rows.length === ANNOUNCE_PAGE) return rows[rows.length - 1]!.id;
  await markAnnounced(db, runId, Date.now());
  // After every pair has its own mail, so the channel never tells news its people have not had yet.
  await postNewPairs(db, mail, runId);
  return null;
}
