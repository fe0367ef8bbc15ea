/**
 * @module domain/matching/packed
 * Everything scoring needs of a person, turned into numbers once: skills, goal words, departments,
 * zones and places become small integers and bitsets, so scoring a pair is a few array reads.
 */
import { CRITERIA, effectiveWeights, hoursBetween, words, type MatchPerson, type MatchSettings } from "./score";
import { skillKey } from "../profile";

/** Small integers for strings, in order of first sight. */
class Interner {
  private ids = new Map<string, number>();
  readonly names: string[] = [];
  id(key: string) {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.ids.size));
      this.names.push(key);
    }
    return id;
  }
  find(key: string) {
    return this.ids.get(key);
  }
  get size() {
    return this.ids.size;
  }
}

/**
 * Each person's list of small integers in one array, person k's at `ids[start[k]..start[k + 1]]`:
 * a typed array a person would cost about a hundred bytes of heap each, megabytes at 50,000 people.
 */
function flatLists<P>(people: P[], listOf: (p: P) => number[]) {
  const start = new Int32Array(people.length + 1);
  const all: number[] = [];
  people.forEach((p, k) => {
    for (const id of listOf(p)) all.push(id);
    start[k + 1] = all.length;
  });
  return { start, ids: Int32Array.from(all) };
}

const FORMAT_CODE = { remote: 1, "in-person": 2, either: 3 } as const;

export type PackedProfiles = ReturnType<typeof packProfiles>;

/** Packs mentors and mentees for scoring under the settings `s` on the day of `at`. */
export function packProfiles(mentors: MatchPerson[], mentees: MatchPerson[], s: MatchSettings, at: Date) {
  const weights = effectiveWeights(s);
  let totalWeight = 0;
  for (const c of CRITERIA) totalWeight += weights[c];
  totalWeight ||= 1;
  const [wSkills, wGoals, wDept, wSeniority, wHours, wFormat] = CRITERIA.map((c) => weights[c]) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  // Skills: only what some mentee seeks matters, so mentors' offers are read against that vocabulary.
  const skills = new Interner();
  const sought = flatLists(mentees, (m) => m.skillsSought.map((k) => skills.id(skillKey(k.name))));
  const soughtLevels = Int32Array.from(mentees.flatMap((m) => m.skillsSought.map((k) => k.level)));
  const skillCount = skills.size;
  const offered = new Uint8Array(mentors.length * skillCount);
  mentors.forEach((m, i) => {
    for (const k of m.skillsOffered) {
      const id = skills.find(skillKey(k.name));
      if (id !== undefined) offered[i * skillCount + id] = k.level; // a later entry wins, as in a Map
    }
  });

  // Goals: each mentee's distinct goal words; each mentor's expertise words as a bitset over them.
  const vocabulary = new Interner();
  const goals = flatLists(mentees, (m) => Array.from(words(m.goals), (w) => vocabulary.id(w)));
  const wordCount = vocabulary.size;
  const stride = Math.ceil(wordCount / 32);
  const expertise = new Uint32Array(mentors.length * stride);
  mentors.forEach((m, i) => {
    for (const w of words([m.goals, ...m.skillsOffered.map((k) => k.name), m.title].join(" "))) {
      const id = vocabulary.find(w);
      if (id !== undefined) expertise[i * stride + (id >>> 5)]! |= 1 << (id & 31);
    }
  });

  const departments = new Interner();
  const dept = (p: MatchPerson) => (p.department ? departments.id(p.department) : -1);
  const places = new Interner();
  const place = (p: MatchPerson) => (p.location ? places.id(p.location) : -1);
  const zones = new Interner();
  const mentorDept = Int32Array.from(mentors, dept);
  const menteeDept = Int32Array.from(mentees, dept);
  const mentorPlace = Int32Array.from(mentors, place);
  const menteePlace = Int32Array.from(mentees, place);
  const mentorZone = Int32Array.from(mentors, (p) => zones.id(p.timezone));
  const menteeZone = Int32Array.from(mentees, (p) => zones.id(p.timezone));
  const hours = new Float64Array(zones.size * zones.size).fill(-1);
  const mentorFormat = Uint8Array.from(mentors, (p) => (p.format ? FORMAT_CODE[p.format] : 0));
  const menteeFormat = Uint8Array.from(mentees, (p) => (p.format ? FORMAT_CODE[p.format] : 0));
  const years = (p: MatchPerson) => p.yearsExperience ?? NaN;
  const mentorYears = Float64Array.from(mentors, years);
  const menteeYears = Float64Array.from(mentees, years);
  const { minGap, maxGap, reversed } = s.seniority;

  /**
   * Mentor i's score for mentee k, given how much of the mentee's sought skills the mentor covers
   * (`skillTotal`: 1 a skill at the sought level or above, 0.5 below) and how many of the mentee's goal
   * words the mentor's expertise holds. The terms are added in `scorePair`'s order, so the two agree
   * exactly, rounding included.
   */
  const compose = (i: number, k: number, skillTotal: number, sharedWords: number): number => {
    let sum = 0;
    const soughtCount = sought.start[k + 1]! - sought.start[k]!;
    let fit = soughtCount ? skillTotal / soughtCount : 0;
    sum += (100 * wSkills * fit) / totalWeight;
    const goalCount = goals.start[k + 1]! - goals.start[k]!;
    fit = goalCount ? sharedWords / goalCount : 0;
    sum += (100 * wGoals * fit) / totalWeight;

    const sameDept = mentorDept[i] !== -1 && mentorDept[i] === menteeDept[k];
    fit = s.department === "same" ? (sameDept ? 1 : 0) : s.department === "different" ? (sameDept ? 0 : 1) : 0;
    sum += (100 * wDept * fit) / totalWeight;

    fit = 0.5;
    const a = mentorYears[i]!;
    const b = menteeYears[k]!;
    if (a === a && b === b) {
      const gap = reversed ? b - a : a - b;
      const short = Math.max(0, minGap - gap);
      const over = maxGap === null ? 0 : Math.max(0, gap - maxGap);
      fit = Math.max(0, 1 - (short + over) / 5);
    }
    sum += (100 * wSeniority * fit) / totalWeight;

    const cell = mentorZone[i]! * zones.size + menteeZone[k]!;
    if (hours[cell]! < 0) hours[cell] = hoursBetween(zones.names[mentorZone[i]!]!, zones.names[menteeZone[k]!]!, at);
    sum += (100 * wHours * (hours[cell]! / 8)) / totalWeight;

    fit = 0.5;
    const f = mentorFormat[i]!;
    const g = menteeFormat[k]!;
    if (f && g) {
      const inPerson = f === 2 || g === 2;
      fit = !inPerson ? 1 : mentorPlace[i] !== -1 && mentorPlace[i] === menteePlace[k] ? 1 : 0;
    }
    sum += (100 * wFormat * fit) / totalWeight;

    return Math.round(sum);
  };

  return {
    compose,
    skillCount,
    /** Mentee k's sought skills at `sought.ids[sought.start[k]..sought.start[k + 1]]`, levels beside them. */
    sought,
    soughtLevels,
    /** Mentor i's level of skill t at `i * skillCount + t`, 0 when not offered. */
    offered,
    wordCount,
    /** Mentee k's distinct goal words, laid out as `sought`. */
    goals,
    stride,
    /** Mentor i's expertise words as bits from `i * stride`. */
    expertise,
    /** The points skills and goals give a pair, from `compose`'s counts, before rounding. */
    wordPoints: (k: number, skillTotal: number, sharedWords: number) => {
      const soughtCount = sought.start[k + 1]! - sought.start[k]!;
      const goalCount = goals.start[k + 1]! - goals.start[k]!;
      return (
        (100 * wSkills * (soughtCount ? skillTotal / soughtCount : 0)) / totalWeight +
        (100 * wGoals * (goalCount ? sharedWords / goalCount : 0)) / totalWeight
      );
    },
    /** The most points department, seniority, hours and format can give any pair together. */
    restPoints: (100 * (wDept + wSeniority + wHours + wFormat)) / totalWeight,
  };
}
