/**
 * @module features/events/plan
 * An event's rotation plan from who is present: mentors take tables in the order they checked in,
 * mentees rotate, and interests count through the matching score (a mentor's interests as what they
 * offer, a mentee's as what they seek). At a peer event everyone rotates in pairs, and a peer's
 * interests count both ways.
 */
import { planRounds, replan, roundsForEveryone, type Round } from "../../domain/events/planner";
import { peerRoundsForEveryone, planPeerRounds, replanPeers } from "../../domain/events/peer-planner";
import { DEFAULT_SETTINGS, scorePair, type MatchPerson } from "../../domain/matching/score";
import type { DB } from "../../platform/db";
import { presentPeople, savePlan, type Event } from "./repo/events";

async function present(db: DB, eventId: string) {
  const rows = await presentPeople(db, eventId);
  const people = rows.map((r): MatchPerson & { role: string } => {
    const interests = (JSON.parse(r.interests) as string[]).map((name) => ({ name, level: 2 }));
    return {
      ...r,
      languages: JSON.parse(r.languages) as string[],
      skillsOffered: r.role === "mentee" ? [] : interests,
      skillsSought: r.role === "mentor" ? [] : interests,
    };
  });
  return {
    mentors: people.filter((p) => p.role === "mentor"),
    mentees: people.filter((p) => p.role === "mentee"),
    peers: people.filter((p) => p.role === "peer"),
  };
}

const SETTINGS = { ...DEFAULT_SETTINGS, requireSharedLanguage: false };

/** Plans the rounds after `afterRound` (0: all of them) for who is present now, and stores the plan. */
export async function planEvent(db: DB, event: Event, afterRound = 0): Promise<Round[]> {
  const people = await present(db, event.id);
  const previous = (event.plan ?? []) as Round[];
  const at = new Date(event.startsAt);
  const byId = new Map([...people.mentors, ...people.mentees, ...people.peers].map((p) => [p.id, p]));
  const fit = (a: string, b: string) => scorePair(byId.get(a)!, byId.get(b)!, SETTINGS, at).score;
  let plan: Round[];
  if (event.mode === "peer") {
    const input = {
      people: people.peers.map((p) => p.id),
      tables: event.tables,
      score: (a: string, b: string) => (fit(a, b) + fit(b, a)) / 2,
    };
    plan =
      afterRound > 0 && previous.length
        ? replanPeers(previous, afterRound, input)
        : planPeerRounds({ ...input, rounds: event.rounds ?? peerRoundsForEveryone(input.people.length) });
  } else {
    const tables = people.mentors.slice(0, event.tables).map((m, i) => ({ table: i + 1, mentorId: m.id }));
    const input = {
      tables,
      mentees: people.mentees.map((m) => m.id),
      menteesPerTable: event.menteesPerTable,
      score: fit,
    };
    plan =
      afterRound > 0 && previous.length
        ? replan(previous, afterRound, input)
        : planRounds({ ...input, rounds: event.rounds ?? roundsForEveryone(tables.length) });
  }
  await savePlan(db, event.id, plan);
  return plan;
}
