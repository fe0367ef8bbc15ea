/**
 * @module domain/roulette/weights
 * What makes a roulette pair good, as one small integer per pair: another department, location or
 * seniority band (the ones the program mixes by) first, then shared working hours (a soft rule), then
 * shared interests, so a conversation has somewhere to start.
 */
import type { RouletteMix } from "../kinds";
import { utcOffsetMinutes } from "../matching/hours";

export type RoulettePerson = {
  id: string;
  department: string;
  location: string;
  yearsExperience: number | null;
  timezone: string;
  interests: string[];
  /** How many times this person was the third of a trio before. */
  trios: number;
};

/** Each mixed dimension outweighs shared hours and interests together, so mixing wins where it can. */
const MIX = 8;
const HOURS = 4;
const INTEREST = 1;
const MAX_INTERESTS = 2;

const norm = (s: string) => s.trim().toLowerCase();
/** Seniority in three bands; an unknown experience is nobody's peer. */
const band = (years: number | null) => (years === null ? null : years < 3 ? 0 : years < 8 ? 1 : 2);
const differ = (a: string, b: string) => !norm(a) || !norm(b) || norm(a) !== norm(b);

/** Working hours (09:00–17:00) two UTC offsets share, in whole hours. */
const sharedHoursOf = (a: number, b: number) => {
  const shift = Math.abs(a - b) % (24 * 60);
  const gap = Math.min(shift, 24 * 60 - shift);
  return Math.max(0, Math.floor((8 * 60 - gap) / 60));
};

/**
 * The weight of each possible pair (≥ 1) and the working hours they share. Offsets are computed once per
 * zone, since a round at 5,000 people asks millions of times.
 */
export function pairWeights(people: RoulettePerson[], mixBy: readonly RouletteMix[], at: number) {
  const offsets = new Map<string, number>();
  const offsetOf = (tz: string) => {
    let o = offsets.get(tz);
    if (o === undefined) {
      try {
        o = utcOffsetMinutes(tz, new Date(at));
      } catch {
        o = 0; // a zone the runtime does not know counts as UTC rather than failing the round
      }
      offsets.set(tz, o);
    }
    return o;
  };
  const offset = people.map((p) => offsetOf(p.timezone || "UTC"));
  const interests = people.map((p) => new Set(p.interests.map(norm).filter(Boolean)));
  const mix = new Set(mixBy);
  const hours = (i: number, j: number) => sharedHoursOf(offset[i]!, offset[j]!);
  const weight = (i: number, j: number) => {
    const a = people[i]!;
    const b = people[j]!;
    let w = 1;
    if (mix.has("department") && differ(a.department, b.department)) w += MIX;
    if (mix.has("location") && differ(a.location, b.location)) w += MIX;
    if (mix.has("seniority")) {
      const x = band(a.yearsExperience);
      if (x === null || x !== band(b.yearsExperience)) w += MIX;
    }
    w += Math.min(HOURS, Math.floor(hours(i, j) / 2));
    let shared = 0;
    for (const t of interests[i]!) if (interests[j]!.has(t) && ++shared === MAX_INTERESTS) break;
    return w + shared * INTEREST;
  };
  return { weight, hours };
}

/** Interests two or three people share, for a conversation starter; in the first person's spelling. */
export function sharedInterests(people: { interests: string[] }[]): string[] {
  const [first, ...rest] = people;
  if (!first) return [];
  const others = rest.map((p) => new Set(p.interests.map(norm)));
  return first.interests.filter((t) => others.every((o) => o.has(norm(t))));
}
