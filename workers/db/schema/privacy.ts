/**
 * @module db/schema/privacy
 * The erasure ledger: who erased their account, kept as the SHA-256 of the normalised email and the day,
 * never the address itself, so importers and provisioning can refuse to bring the person back without
 * keeping anything that names them.
 */
import { sqliteTable, text } from "drizzle-orm/sqlite-core";

export const erasures = sqliteTable("erasures", {
  /** SHA-256 (hex) of the email trimmed and lower-cased. */
  emailHash: text("email_hash").primaryKey(),
  /** The calendar day of the erasure, YYYY-MM-DD (UTC). */
  erasedOn: text("erased_on").notNull(),
});
