/**
 * @module features/privacy/repo/erase
 * Erasing a person, in one batch (ARCHITECTURE.md, invariant 2): what only they wrote is deleted, the
 * rows counts and ratings are made of stay but no longer say who, their address goes from every row
 * that held it, and the ledger keeps the SHA-256 of it so importers do not bring them back. The person's
 * row stays under a placeholder name and an address that cannot receive mail, so mentorships, meetings,
 * registrations and answers keep counting in the program's insights.
 */
import { sql } from "drizzle-orm";
import { sha256Hex } from "../../../platform/crypto";
import type { DB } from "../../../platform/db";
import { batchStatements } from "../../../platform/statements";

/** What an erased person is called wherever their name was shown. */
export const FORMER_NAME = "Former participant";

/** The address an erased person's row keeps: unique (the column is), and `.invalid` never takes mail (RFC 2606). */
export const erasedAddress = (id: string) => `erased-${id}@erased.invalid`;

/** The ledger's key for an address: the SHA-256 of it trimmed and lower-cased, as people's emails are kept. */
export const ledgerHash = (email: string) => sha256Hex(email.trim().toLowerCase());

export async function eraseRows(db: DB, person: { id: string; email: string; name: string }, now = Date.now()) {
  const { id: p, email: e } = person;
  const anon = erasedAddress(p);
  const hash = await ledgerHash(e);
  const day = new Date(now).toISOString().slice(0, 10);
  return batchStatements(db, [
    // Mail to them keeps its row and status (a redelivered queue message still finds it done) but nothing
    // that says who; mail to others that named them was rewritten before (repo/mentions).
    sql`UPDATE outgoing_mail SET idempotency_key = replace(idempotency_key, ${e}, ${anon}), to_email = ${anon}, subject = '', text = '', html = '', attachments = NULL,
          status = CASE WHEN status IN ('pending', 'sending') THEN 'suppressed' ELSE status END
        WHERE to_email = ${e}`,
    sql`DELETE FROM mail_opt_outs WHERE email = ${e}`,
    sql`DELETE FROM rate_limits WHERE instr(key, ${e}) > 0`,
    sql`UPDATE outcomes SET email = ${anon} WHERE email = ${e}`,
    sql`UPDATE import_rows SET email = ${anon}, data = NULL, mail = NULL WHERE email = ${e}`,
    sql`UPDATE people SET manager_email = NULL WHERE manager_email = ${e}`,
    // Sign-in: every token (a sign-up's carries the form as typed) and session goes.
    sql`DELETE FROM email_tokens WHERE person_id = ${p}`,
    sql`DELETE FROM sessions WHERE person_id = ${p}`,
    // What only they wrote.
    sql`DELETE FROM goal_comments WHERE author_id = ${p}`,
    sql`DELETE FROM group_notes WHERE author_id = ${p}`,
    sql`UPDATE meetings SET notes = CASE WHEN notes_by = ${p} THEN '' ELSE notes END,
          agenda = CASE WHEN created_by = ${p} THEN '' ELSE agenda END
        WHERE notes_by = ${p} OR created_by = ${p}`,
    sql`UPDATE mentorships SET end_note = NULL WHERE ended_by = ${p}`,
    sql`UPDATE mentor_requests SET message = '' WHERE mentee_id = ${p} OR mentor_id = ${p}`,
    sql`UPDATE enrollments SET goals = '' WHERE person_id = ${p}`,
    sql`UPDATE mentor_applications SET why = '', experience = '', topics = '[]' WHERE person_id = ${p}`,
    sql`UPDATE kudos SET note = '' WHERE from_id = ${p}`,
    sql`UPDATE rotation_feedback SET comment = '' WHERE from_id = ${p}`,
    // Answers keep counting in the results, no longer linked to the person (as an anonymous survey's are).
    sql`UPDATE survey_responses SET invitation_id = NULL
        WHERE invitation_id IN (SELECT id FROM survey_invitations WHERE person_id = ${p})`,
    // What is theirs alone and feeds no count: gone.
    sql`DELETE FROM reminders WHERE person_id = ${p}`,
    sql`DELETE FROM roulette_preferences WHERE person_id = ${p}`,
    sql`DELETE FROM certificates WHERE person_id = ${p}`,
    sql`DELETE FROM program_managers WHERE person_id = ${p}`,
    sql`DELETE FROM event_hosts WHERE person_id = ${p}`,
    sql`DELETE FROM chat_preferences WHERE person_id = ${p}`,
    sql`DELETE FROM scim_group_members WHERE person_id = ${p}`,
    // What they did as an organiser stays on record, by their id only (now a former participant's).
    sql`UPDATE audit_log SET actor_email = NULL WHERE actor_id = ${p} OR actor_email = ${e}`,
    // Out of the identity provider's view, as a SCIM delete leaves them.
    sql`UPDATE scim_users SET external_id = NULL, active = 0, deleted_at = ${now}, updated_at = ${now} WHERE person_id = ${p}`,
    sql`UPDATE people SET email = ${anon}, name = ${FORMER_NAME}, title = '', location = '', timezone = 'UTC',
          years_experience = NULL, manager_email = NULL, languages = '[]', updated_at = ${now}
        WHERE id = ${p}`,
    sql`INSERT INTO erasures (email_hash, erased_on) VALUES (${hash}, ${day}) ON CONFLICT(email_hash) DO NOTHING`,
  ]);
}
