/**
 * @module features/privacy/erase
 * Erasing an account, by the person or an admin. First they leave every program as SCIM's
 * deprovisioning makes them leave (requests end or move on, mentorships end, partners can be matched
 * again, sessions end), without its mail that names who ended; each partner of an open mentorship
 * is told instead that their mentor or mentee left Tandem. What others hold that names them is rewritten
 * (repo/mentions, in bounded statements), then one batch erases the rest (repo/erase). Every
 * step is safe to run again: a retry after a failure finds nothing left to leave, mails nobody twice
 * (the mails are keyed) and erases what is left (ARCHITECTURE.md, invariants 1 and 2).
 */
import { sendMail, type Mailer } from "../mail";
import { deprovision } from "../scim";
import { partnerLeftMail } from "./mail";
import { erasedAddress, eraseRows, FORMER_NAME } from "./repo/erase";
import { scrubMentions } from "./repo/mentions";
import { openPartners } from "./repo/people";
import { languageOf } from "../../platform/i18n";

export async function eraseAccount(m: Mailer, person: { id: string; email: string; name: string }, now = Date.now()) {
  const partners = await openPartners(m.db, person.id);
  await deprovision(m, person, now, false);
  for (const p of partners) {
    await sendMail(
      m.db,
      m.queue,
      `partner-left:${p.mentorshipId}:${p.id}`,
      p.email,
      partnerLeftMail(languageOf(p.uiLanguage), p.name, p.role, p.program, m.origin),
    );
  }
  await scrubMentions(m.db, person, erasedAddress(person.id), FORMER_NAME);
  await eraseRows(m.db, person, now);
}
