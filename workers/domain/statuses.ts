/**
 * @module domain/statuses
 * The states each record moves through. The schema stores them, the API's schemas accept and
 * describe them, and the web app shows them, all from these lists.
 */

/** An enrollment in a program. */
export const ENROLLMENT_STATUSES = ["pending", "active", "withdrawn"] as const;

/** A matching run: queued, solved by the queue consumer, then done (or failed). */
export const MATCH_RUN_STATUSES = ["queued", "running", "done", "failed"] as const;

/** A mentorship: proposed → active → completed, or ended early by either side. */
export const MENTORSHIP_STATUSES = ["proposed", "active", "completed", "ended"] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

/** A mentee's ranked request to a mentor: waiting its turn, pending the mentor's answer, then settled. */
export const REQUEST_STATUSES = ["waiting", "pending", "accepted", "declined", "lapsed", "cancelled"] as const;

/**
 * An outgoing mail. Suppressed: its recipient unsubscribed from its category before it went out.
 * Expired: its link would have expired before it reached the person, so it was dropped rather than sent dead.
 */
export const MAIL_STATUSES = ["pending", "sending", "sent", "failed", "suppressed", "expired"] as const;

/** Someone registered for an event: whether they came, or were marked a no-show, or left early. */
export const REGISTRATION_STATUSES = ["registered", "present", "no-show", "left"] as const;

/** A group: proposed by the planner, published by the admin. */
export const GROUP_STATUSES = ["proposed", "published"] as const;

/** A people import: staged, prepared by the import queue, then done (or failed). */
export const IMPORT_STATUSES = ["staging", "running", "done", "failed"] as const;

/** What an import did with one row of its file. */
export const IMPORT_OUTCOMES = ["created", "updated", "enrolled"] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** A mentor's application to a program that approves its mentors: waiting, then accepted or declined. */
export const APPLICATION_STATUSES = ["pending", "accepted", "declined"] as const;
