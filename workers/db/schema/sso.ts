/**
 * @module db/schema/sso
 * Single sign-on and provisioning: the OpenID Connect states already redeemed, the bearer tokens an
 * identity provider's SCIM client uses, and what SCIM says of each person it provisions.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id, ownedBy, timestamps } from "./columns";
import { people, peopleIn, personRef } from "./people";

/** The SHA-256 of each OpenID Connect state once its callback ran, so a replayed callback is refused. */
export const ssoStates = sqliteTable("sso_states", {
  stateHash: text("state_hash").primaryKey(),
  expiresAt: integer("expires_at").notNull(),
});

/** SCIM bearer tokens; only the SHA-256 is kept, and the token is shown once when made. */
export const scimTokens = sqliteTable(
  "scim_tokens",
  {
    id: id(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: text("created_by").references(() => people.id, { onDelete: "set null" }),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [index("scim_tokens_created").on(t.createdAt)],
);

/** A person as the identity provider provisions them: its own id for them, and whether they are active. */
export const scimUsers = sqliteTable(
  "scim_users",
  {
    personId: personRef().primaryKey(),
    externalId: text("external_id"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The provider deleted them: gone from SCIM's view, and still kept from signing in. */
    deletedAt: integer("deleted_at"),
    ...timestamps(),
  },
  (t) => [index("scim_users_external").on(t.externalId), index("scim_users_updated").on(t.updatedAt)],
);

/** A group the identity provider pushes (a department): its members' department follows its name. */
export const scimGroups = sqliteTable(
  "scim_groups",
  {
    id: id(),
    displayName: text("display_name").notNull(),
    externalId: text("external_id"),
    ...timestamps(),
  },
  (t) => [index("scim_groups_display_name").on(t.displayName), index("scim_groups_external_id").on(t.externalId)],
);

/** Who is in which pushed group; a person's department is the name of the group they joined last. */
export const scimGroupMembers = peopleIn(
  "scim_group_members",
  { groupId: ownedBy("group_id", () => scimGroups.id) },
  {
    createdAt: createdAt(),
  },
);
