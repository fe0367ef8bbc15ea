/**
 * @module db/schema/people
 * People: one row each, whatever programs they are in.
 */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type SQLiteColumnBuilderBase,
} from "drizzle-orm/sqlite-core";
import { UI_LANGUAGES } from "../../domain/ui-languages";
import { id, jsonList, ownedBy, timestamps } from "./columns";

export const people = sqliteTable(
  "people",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    department: text("department").notNull().default(""),
    title: text("title").notNull().default(""),
    location: text("location").notNull().default(""),
    timezone: text("timezone").notNull().default("UTC"),
    yearsExperience: integer("years_experience"),
    managerEmail: text("manager_email"),
    languages: jsonList("languages"),
    // Null follows the browser's languages.
    uiLanguage: text("ui_language", { enum: UI_LANGUAGES }),
    ...timestamps(),
  },
  (t) => [uniqueIndex("people_email_unique").on(t.email)],
);

/** Someone a row belongs to: deleted along with them. */
export const personRef = (name = "person_id") => ownedBy(name, () => people.id);

/**
 * The people in something (an event's hosts, a group's members, a module's results): one row per person
 * and owner, read by owner and by person. `owner` is the owner's column, by its key; `extra` says more of each.
 */
export function peopleIn<T extends string, K extends string, C extends Record<string, SQLiteColumnBuilderBase> = {}>(
  table: T,
  owner: Record<K, ReturnType<typeof ownedBy>>,
  extra = {} as C,
) {
  const [key] = Object.keys(owner) as [K];
  return sqliteTable(table, { ...owner, personId: personRef(), ...extra }, (t) => [
    primaryKey({ columns: [t[key], t.personId] }),
    index(`${table}_person`).on(t.personId),
  ]);
}
