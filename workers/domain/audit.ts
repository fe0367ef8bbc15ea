/**
 * @module domain/audit
 * The audit log's closed list of actions: what organisers and admins did, named for the IT and privacy
 * teams who read it. A new audited action is added here first, so the list the page filters by stays whole.
 */
export const AUDIT_ACTIONS = [
  "people.imported",
  "people.exported",
  "program.created",
  "program.edited",
  "program.managers_changed",
  "program.link_rotated",
  "program.deleted",
  "matching.settings_changed",
  "match_run.started",
  "match_run.pairs_edited",
  "match_run.published",
  "pair.ended",
  "groups.formed",
  "groups.member_moved",
  "groups.published",
  "rotation.replanned",
  "rotation.swapped",
  "rotation.paused",
  "rotation.resumed",
  "application.decided",
  "survey.added",
  "survey.changed",
  "scim_token.created",
  "scim_token.revoked",
  "person.exported",
  "person.erased",
  "settings.changed",
  "library.pinned",
  "library.archived",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How long audit rows are kept when AUDIT_RETENTION_DAYS is unset. */
export const AUDIT_RETENTION_DAYS = 365;

/** A program's data is deleted this many months after it ended, unless its managers choose otherwise. */
export const RETENTION_MONTHS = { default: 24, min: 1, max: 120 } as const;
