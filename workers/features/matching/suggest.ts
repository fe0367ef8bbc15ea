/**
 * @module features/matching/suggest
 * A mentee's suggested mentors for mentee's-choice matching: every mentor they may be paired with who
 * has a seat and takes requests, scored with the program's criteria, best five first, with what the two
 * share spelled out for the side-by-side view.
 */
import { readReasons } from "../../domain/matching/reasons";
import type { DB } from "../../platform/db";
import { excludedPairs, loadMatchPool, matchSettingsOf } from "./repo/pool";
import type { Program } from "../programs";
import { forbiddenBecause, type Mentee, type Mentor } from "../../domain/matching/plan";
import { scorePair } from "../../domain/matching/score";
import { publicProfile, skillKey } from "../../domain/profile";

export const SUGGESTIONS = 5;

const profile = (p: Mentor | Mentee) => ({
  id: p.id,
  ...publicProfile(p),
  skillsOffered: p.skillsOffered,
  skillsSought: p.skillsSought,
  goals: p.goals,
  format: p.format,
});

/** What a mentor and mentee have in common, for highlighting. */
function shared(mentor: Mentor, mentee: Mentee) {
  const offered = new Set(mentor.skillsOffered.map((s) => skillKey(s.name)));
  return {
    skills: mentee.skillsSought.filter((s) => offered.has(skillKey(s.name))).map((s) => s.name),
    languages: mentee.languages.filter((l) => mentor.languages.includes(l)),
    department: !!mentor.department && mentor.department === mentee.department,
    location: !!mentor.location && mentor.location === mentee.location,
    timezone: mentor.timezone === mentee.timezone,
  };
}

/** The mentee's own profile and their best `SUGGESTIONS` mentors; null if they cannot choose now. */
export async function suggestionsFor(db: DB, program: Program, menteeId: string, now = new Date()) {
  const [pool, excluded] = await Promise.all([loadMatchPool(db, program), excludedPairs(db, program.id)]);
  const me = pool.mentees.find((m) => m.id === menteeId);
  if (!me) return null;
  const settings = matchSettingsOf(program);
  const ranked = pool.mentors
    .filter((mentor) => !forbiddenBecause(mentor, me, settings, excluded))
    .map((mentor) => ({ mentor, ...scorePair(mentor, me, settings, now) }))
    .sort((a, b) => b.score - a.score || a.mentor.name.localeCompare(b.mentor.name))
    .slice(0, SUGGESTIONS);
  return {
    me: profile(me),
    suggestions: ranked.map((r) => ({
      mentor: { ...profile(r.mentor), seatsLeft: r.mentor.capacity },
      score: r.score,
      breakdown: r.breakdown,
      ...readReasons(r.reasons, "mentee"),
      shared: shared(r.mentor, me),
    })),
  };
}
