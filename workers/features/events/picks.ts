/**
 * @module features/events/picks
 * After an event, each participant ticks whom they would like to keep meeting, among the people they
 * met in rounds that have ended; what a pick does is in features/events/repo/picks.
 */
import type { StateMessage } from "../../domain/events/live-clock";
import type { Round } from "../../domain/events/planner";
import { liveObject } from "./live";
import type { Event } from "./repo/events";

/** The people `personId` met in the event's plan, in its first `rounds` rounds (all by default). */
export function metBy(event: Event, personId: string, rounds = Infinity) {
  const met = new Set<string>();
  for (const round of ((event.plan as Round[] | null) ?? []).slice(0, rounds)) {
    for (const t of round.tables) {
      if (t.mentorId === personId) t.menteeIds.forEach((m) => met.add(m));
      else if (t.menteeIds.includes(personId)) met.add(t.mentorId);
    }
  }
  return met;
}

/**
 * How many of the event's rounds have ended, by its live clock: a pick is about a conversation that
 * happened, so nobody picks a partner before their round together is over.
 */
export async function roundsEnded(env: Env, event: Event): Promise<number> {
  const planned = ((event.plan as Round[] | null) ?? []).length;
  if (event.finishedAt !== null) return planned;
  if (!event.plan) return 0;
  const res = await liveObject(env, event.id).fetch("https://event-live/live");
  if (!res.ok) return 0; // no clock yet: the event has not started
  const { phase, round } = (await res.json()) as StateMessage;
  if (phase === "finished") return planned;
  return phase === "break" ? round : phase === "round" ? round - 1 : 0;
}
