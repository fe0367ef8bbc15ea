/**
 * @module db/schema/people
 * People: one row each, whatever programs they are in.
 */
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { UI_LANGUAGES } from "../../domain/ui-languages";
import { createdAt, id, jsonList, ownedBy, updatedAt } from "./columns";

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("people_email_unique").on(t.email)],
);

/** Someone a row belongs to: deleted along with them. */
export const personRef = (name = "person_id") => ownedBy(name, () => people.id);
