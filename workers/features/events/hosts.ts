/**
 * @module features/events/hosts
 * Co-hosts named by email when an event is created. Whether an address already has an account is
 * never told to the manager: anyone named gets an account if needed (features/events/repo/events),
 * the same answer, and an invitation.
 */
import { sendMails, type Mailer } from "../mail";
import { hostInviteMail } from "./mail";
import { languageOf } from "../../platform/i18n";

/** Tells each co-host, once, who made them a host of which event, with a link to its host page. */
export function inviteHosts(
  mailer: Mailer,
  event: { id: string; title: string },
  by: { name: string; email: string },
  hosts: { id: string; email: string; uiLanguage: string | null }[],
) {
  return sendMails(
    mailer.db,
    mailer.queue,
    hosts.map((h) => ({
      key: `event-host:${event.id}:${h.id}`,
      to: h.email,
      mail: hostInviteMail(languageOf(h.uiLanguage), event.title, by, mailer.origin, event.id),
    })),
  );
}
