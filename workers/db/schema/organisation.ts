/**
 * @module db/schema/organisation
 * The organisation's branding: its name, logo and accent colour, shown in the header and in mail.
 * One row at most (id 1): a deployment serves one organisation.
 */
import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now } from "./columns";

export const organisation = sqliteTable(
  "organisation",
  {
    id: integer("id").primaryKey(),
    name: text("name").notNull(),
    /** A small image as a `data:image/…;base64,` URL, checked on the way in; null for none. */
    logo: text("logo"),
    /** `#rrggbb`, readable on the white page; null for Tandem's own. */
    accent: text("accent"),
    updatedBy: text("updated_by"),
    updatedAt: integer("updated_at").notNull().default(now),
  },
  (t) => [check("organisation_one_row", sql`${t.id} = 1`)],
);
