/**
 * @module domain/roles
 * The roles people take: in a program's enrollment, at an event, in a group. Shared by the schema and
 * the API's validation, so both accept the same words.
 */

/**
 * A program enrollment's role. `both` mentors and is mentored in the same program; `junior` and
 * `senior` are the two sides of a reverse program, where the junior mentors the senior.
 */
export const ROLES = ["mentor", "mentee", "both", "junior", "senior"] as const;

/** A role at a speed-mentoring event: in a peer event everyone is a `peer`. */
export const EVENT_ROLES = ["mentor", "mentee", "peer"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** A member's role in a mentoring group or peer circle. */
export const GROUP_ROLES = ["mentor", "mentee", "peer"] as const;
