/**
 * @module domain/pairing
 * May this mentor take this mentee? The one rule that a mentee's request, the hand-on of a request chain
 * and an organiser's pair edit all ask, so the three refuse the same pairs for the same reasons. The
 * sides come from domain/roles; the SQL that lists who may mentor is built from the same lists.
 */
import { forbiddenBecause, type Mentor } from "./matching/constraints";
import type { MatchSettings } from "./matching/score";
import { MENTEE_ROLES, MENTOR_ROLES } from "./roles";

/** A person as a prospective side of a pair: their enrollment role and where they stand in the program. */
export type PairSide = {
  person: Mentor;
  role: string;
  seatsLeft: number;
  paused: boolean;
  hasMentor: boolean;
  /** False while a program that approves its mentors has not approved this one. */
  approved?: boolean;
};

/** Why a pair may not be made: a code of this rule, or a hard constraint of matching (domain/matching). */
export type PairRefusal =
  | "not_mentor"
  | "not_mentee"
  | "not_approved"
  | "has_mentor"
  | "paused"
  | "no_seat"
  | NonNullable<ReturnType<typeof forbiddenBecause>>;

/**
 * The first reason `mentor` may not take `mentee` (undefined: not an active participant), or null when
 * they may. `seatsLeft` replaces the mentor's own count where seats are counted otherwise (a run's draft).
 */
export function pairRefusal(
  mentor: PairSide | undefined,
  mentee: PairSide | undefined,
  rules: { settings: MatchSettings; excluded: Set<string>; seatsLeft?: number },
): PairRefusal | null {
  if (!mentor || !MENTOR_ROLES.includes(mentor.role)) return "not_mentor";
  if (mentor.approved === false) return "not_approved";
  if (!mentee || !MENTEE_ROLES.includes(mentee.role)) return "not_mentee";
  if (mentee.hasMentor) return "has_mentor";
  if (mentor.paused) return "paused";
  // A pair that may never be made says so, rather than "no seat", which suggests it might work later.
  const forbidden = forbiddenBecause(mentor.person, mentee.person, rules.settings, rules.excluded);
  if (forbidden) return forbidden;
  return (rules.seatsLeft ?? mentor.seatsLeft) <= 0 ? "no_seat" : null;
}
