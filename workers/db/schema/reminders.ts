/**
 * @module db/schema/reminders
 * Reminders waiting to go out in a person's digest.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { personRef } from "./people";

/**
 * Something to remind someone of (a meeting tomorrow, a quiet pair, a request waiting, a milestone due,
 * an event or a rotation cycle coming). Keyed, so each is noted once; the clock gathers a person's due
 * reminders into one digest (`digestKey`, also the digest mail's key) in their working hours.
 */
export const reminders = sqliteTable(
  "reminders",
  {
    key: text("key").primaryKey(),
    personId: personRef(),
    text: text("text").notNull(),
    link: text("link").notNull(),
    dueAt: integer("due_at").notNull(),
    digestKey: text("digest_key"),
    createdAt: createdAt(),
  },
  (t) => [
    index("reminders_person_due").on(t.personId, t.digestKey, t.dueAt),
    index("reminders_digest").on(t.digestKey),
  ],
);
