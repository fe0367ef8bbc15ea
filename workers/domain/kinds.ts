/**
 * @module domain/kinds
 * The closed lists of kinds, modes and choices the data holds, apart from roles (domain/roles) and
 * statuses (domain/statuses).
 */

export const PROGRAM_KINDS = ["one-to-one", "group", "peer", "reverse", "speed", "roulette"] as const;

/** How a program's pairs are made: the admin runs matching, mentees choose, or both (a run for who did not choose). */
export const MATCH_MODES = ["admin", "choice", "both"] as const;

/** A pair an admin locked (always made) or banned (never made); runs honour them. */
export const PAIR_RULES = ["lock", "ban"] as const;

/** How a mentorship came about. */
export const MENTORSHIP_SOURCES = ["match", "request", "event", "rotation"] as const;

/** Why a mentor takes no new requests: they paused themselves, or let requests lapse. */
export const PAUSE_REASONS = ["self", "lapsed"] as const;

/** How someone would like to meet, and how often. */
export const FORMATS = ["remote", "in-person", "either"] as const;
export const FREQUENCIES = ["weekly", "biweekly", "monthly"] as const;

/** Mentoring: mentors keep a table and mentees rotate. Peer: no roles, everyone meets everyone. */
export const EVENT_MODES = ["mentoring", "peer"] as const;

/** A pair's meeting, or a job-shadowing session. */
export const MEETING_KINDS = ["meeting", "shadowing"] as const;

export const GOAL_HORIZONS = ["short", "long"] as const;

/** What a single-use email token is for: a sign-in link or a sign-up confirmation. */
export const TOKEN_PURPOSES = ["signin", "confirm"] as const;

/** Which queue carries a mail: urgent mail someone is waiting for never waits behind bulk mail. */
export const MAIL_LANES = ["urgent", "bulk"] as const;
export type MailLane = (typeof MAIL_LANES)[number];

/** What was done about a pair gone quiet: a nudge, a "still going?" question, an automatic end. */
export const PAIR_CHECK_KINDS = ["nudge", "ask", "auto-end"] as const;
export type PairCheckKind = (typeof PAIR_CHECK_KINDS)[number];
/** An answer to "still going?". */
export const PAIR_CHECK_ANSWERS = ["yes", "no"] as const;

/** What an HR file says happened to an employee on a day (program outcomes). */
export const OUTCOME_EVENTS = ["promoted", "moved_internally", "left_company", "started"] as const;
export type OutcomeEvent = (typeof OUTCOME_EVENTS)[number];

/** Roulette: how often someone takes part, in weeks (rounds are weekly), and what a program mixes pairs across. */
export const ROULETTE_CADENCES = [1, 2, 4] as const;
export const ROULETTE_MIX = ["department", "location", "seniority"] as const;
export type RouletteMix = (typeof ROULETTE_MIX)[number];
