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

/** Working hours (09:00–17:00) two UTC offsets share, in whole hours. */
const sharedHoursOf = (a: number, b: number) => {
  const shift = Math.abs(a - b) % (24 * 60);
  const gap = Math.min(shift, 24 * 60 - shift);
  return Math.max(0, Math.floor((8 * 60 - gap) / 60));
};

/** How many interests two people share, up to MAX_INTERESTS: the low 32 interest ids as bits, the rest as sorted lists. */
function interestCounter(people: RoulettePerson[]) {
  const ids = new Map<string, number>();
  const sets = people.map((p) => [...new Set(p.interests.map(norm).filter(Boolean))]);
  // The most common interests get the bits, so the lists stay short.
  const count = new Map<string, number>();
  for (const set of sets) for (const t of set) count.set(t, (count.get(t) ?? 0) + 1);
  [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).forEach(([t], k) => ids.set(t, k));
  const bits = new Uint32Array(people.length);
  const rest = sets.map((set, i) => {
    const high: number[] = [];
    for (const t of set) {
      const id = ids.get(t)!;
      if (id < 32) bits[i]! |= 1 << id;
      else high.push(id);
    }
    return Int32Array.from(high.sort((a, b) => a - b));
  });
  const ones = (x: number) => {
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  };
  const shared = (i: number, j: number) => {
    let n = ones(bits[i]! & bits[j]!);
    const a = rest[i]!;
    const b = rest[j]!;
    for (let x = 0, y = 0; n < MAX_INTERESTS && x < a.length && y < b.length;) {
      if (a[x]! < b[y]!) x++;
      else if (a[x]! > b[y]!) y++;
      else (n++, x++, y++);
    }
    return Math.min(n, MAX_INTERESTS);
  };
  return { shared, most: (i: number) => Math.min(MAX_INTERESTS, sets[i]!.length) };
}

/**
 * The weight of each possible pair (≥ 1) and the working hours they share, from codes packed once per
 * person, since a round at 5,000 people asks millions of times. People of one profile class (the same
 * mixed department, location and seniority band, and the same UTC offset) weigh the same with anyone
 * but for shared interests: `bound` is the most that part can be, the same for every member of a class.
 */
export function pairWeights(people: RoulettePerson[], mixBy: readonly RouletteMix[], at: number) {
  const n = people.length;
  const mix = new Set(mixBy);
  // A code per value; an empty value (or unknown experience) is -1, nobody's peer, not even another -1's.
  const coder = (on: boolean, value: (p: RoulettePerson) => string | null) => {
    const codes = new Map<string, number>();
    return Int32Array.from(people, (p) => {
      if (!on) return 0;
      const v = value(p);
      if (v === null || !norm(v)) return -1;
      const key = norm(v);
      if (!codes.has(key)) codes.set(key, codes.size);
      return codes.get(key)!;
    });
  };
  const dept = coder(mix.has("department"), (p) => p.department);
  const loc = coder(mix.has("location"), (p) => p.location);
  const seniority = coder(mix.has("seniority"), (p) => {
    const b = band(p.yearsExperience);
    return b === null ? null : String(b);
  });
  const zones = new Map<string, number>();
  const offsets: number[] = [];
  const zone = Int32Array.from(people, (p) => {
    const tz = p.timezone || "UTC";
    let z = zones.get(tz);
    if (z === undefined) {
      let o = 0;
      try {
        o = utcOffsetMinutes(tz, new Date(at));
      } catch {
        o = 0; // a zone the runtime does not know counts as UTC rather than failing the round
      }
      z = offsets.indexOf(o);
      if (z < 0) z = offsets.push(o) - 1;
      zones.set(tz, z);
    }
    return z;
  });
  const z = offsets.length;
  const sharedHours = Int32Array.from({ length: z * z }, (_, k) =>
    sharedHoursOf(offsets[k % z]!, offsets[(k / z) | 0]!),
  );
  const { shared, most } = interestCounter(people);
  const hours = (i: number, j: number) => sharedHours[zone[i]! * z + zone[j]!]!;
  const differ = (codes: Int32Array, i: number, j: number) => codes[i] !== codes[j] || codes[i]! < 0;
  const dims = [dept, loc, seniority];
  const base = (i: number, j: number) =>
    1 +
    (differ(dept, i, j) ? MIX : 0) +
    (differ(loc, i, j) ? MIX : 0) +
    (differ(seniority, i, j) ? MIX : 0) +
    Math.min(HOURS, hours(i, j) >> 1);
  const weight = (i: number, j: number) => base(i, j) + shared(i, j) * INTEREST;
  const { classOf, classCount, kept } = profileClasses(dims, zone);
  // A dimension left out of the classes counts as differing: the bound is then the most it can add.
  const [keepDept, keepLoc, keepSeniority] = kept;
  const bound = (i: number, j: number) =>
    1 +
    (!keepDept || differ(dept, i, j) ? MIX : 0) +
    (!keepLoc || differ(loc, i, j) ? MIX : 0) +
    (!keepSeniority || differ(seniority, i, j) ? MIX : 0) +
    Math.min(HOURS, hours(i, j) >> 1);
  return { weight, hours, bound, classOf, classCount, mostInterest: (i: number) => most(i) * INTEREST, n };
}

/** Above this many classes, reading person by class costs more than it saves. */
const MAX_CLASSES = 256;

/**
 * Profile classes: people with the same codes and UTC offset weigh alike with anyone but for shared
 * interests. When the codes make too many classes (a thousand small departments, say), the dimension
 * with the most values is left out of the class, and then the next, until the classes are few.
 */
function profileClasses(dims: Int32Array[], zone: Int32Array) {
  const kept = dims.map(() => true);
  const distinct = dims.map((codes) => new Set(codes).size);
  for (;;) {
    const classes = new Map<string, number>();
    const classOf = Int32Array.from(zone, (z, i) => {
      const key = `${dims.map((codes, d) => (kept[d] ? codes[i] : "")).join("|")}|${z}`;
      if (!classes.has(key)) classes.set(key, classes.size);
      return classes.get(key)!;
    });
    const widest = kept.reduce((best, on, d) => (on && (best < 0 || distinct[d]! > distinct[best]!) ? d : best), -1);
    if (classes.size <= MAX_CLASSES || widest < 0) return { classOf, classCount: classes.size, kept };
    kept[widest] = false;
  }
}

/** The most a pair can weigh under any mix: every dimension mixed, full hours and interests. */
export const MAX_WEIGHT = 1 + 3 * MIX + HOURS + MAX_INTERESTS * INTEREST;

/** Interests two or three people share, for a conversation starter; in the first person's spelling. */
export function sharedInterests(people: { interests: string[] }[]): string[] {
  const [first, ...rest] = people;
  if (!first) return [];
  const others = rest.map((p) => new Set(p.interests.map(norm)));
  return first.interests.filter((t) => others.every((o) => o.has(norm(t))));
}
