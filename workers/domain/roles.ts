/**
 * @module domain/roles
 * The roles people take: in a program's enrollment, at an event, in a group. Shared by the schema, the
 * API's validation and the web app, so all three accept the same words.
 */

/**
 * A program enrollment's role. `both` mentors and is mentored in the same program; `junior` and
 * `senior` are the two sides of a reverse program, where the junior mentors the senior.
 */
export const ROLES = ["mentor", "mentee", "both", "junior", "senior"] as const;
type Role = (typeof ROLES)[number];

/**
 * Who can take the mentor's side of a pair, in any kind of program: whoever matching, requests and
 * pair edits may put there. Includes `junior`, the mentor of a reverse program. Typed `string[]` so
 * a role read from a row can be checked with `includes`.
 */
export const MENTOR_ROLES: readonly string[] = ["mentor", "both", "junior"] satisfies Role[];

/** Who can take the mentee's side of a pair, in any kind of program; includes `senior` (reverse programs). */
export const MENTEE_ROLES: readonly string[] = ["mentee", "both", "senior"] satisfies Role[];

/** A role at a speed-mentoring event: in a peer event everyone is a `peer`. */
export const EVENT_ROLES = ["mentor", "mentee", "peer"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

/** A member's role in a mentoring group or peer circle. */
export const GROUP_ROLES = ["mentor", "mentee", "peer"] as const;
