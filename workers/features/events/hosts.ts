/**
 * @module features/events/hosts
 * Co-hosts named by email when an event is created. Whether an address already has an account is
 * never told to the manager: anyone named gets an account if needed, the same answer, and an invitation.
 */
import { inArray, sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { people } from "../../db/schema";
import { SQL_UUID } from "../mentorships";
import { sendMails } from "../mail";
import { hostInviteMail } from "./mail";
import type { MailMessage } from "../mail";

/** The people with these emails, created (named after the address) where there are none yet. */
export async function ensureHostPeople(db: DB, emails: string[]) {
  if (emails.length === 0) return [];
  // One statement whatever the count: drizzle would bind every column of each row (D1 allows 100 parameters).
  await db.run(sql`
    INSERT INTO people (id, email, name)
    SELECT ${SQL_UUID}, value, substr(value, 1, instr(value, '@') - 1) FROM json_each(${JSON.stringify(emails)}) WHERE true
    ON CONFLICT(email) DO NOTHING`);
  return db.select({ id: people.id, email: people.email }).from(people).where(inArray(people.email, emails));
}

/** Tells each co-host, once, who made them a host of which event. */
export function inviteHosts(
  db: DB,
  queue: Queue<MailMessage>,
  event: { id: string; title: string },
  by: { name: string; email: string },
  hosts: { id: string; email: string }[],
  url: string,
) {
  return sendMails(
    db,
    queue,
    hosts.map((h) => ({
      key: `event-host:${event.id}:${h.id}`,
      to: h.email,
      mail: hostInviteMail(event.title, by, url),
    })),
  );
}
