/**
 * @module domain/groups/form
 * Group mentoring (a few mentors lead a group of mentees) and peer circles (everyone a peer): splits
 * people into groups of about `groupSize` members, sizes at most one apart, so that group-mates share
 * the most interests, with at most `maxPerDepartment` members of one department per group. The rule is
 * kept whenever it can be; when a department is too large for it, the groups say so in `warnings` and
 * spread that department as evenly as possible instead of failing.
 */
import { improve, overlap, seed, type Problem } from "./search";
import { describe } from "./reasons";

export type GroupPerson = {
  id: string;
  name: string;
  department: string;
  role: "mentor" | "mentee" | "peer";
  interests: string[];
};
export type FormInput = {
  kind: "group" | "peer";
  people: GroupPerson[];
  /** Members per group (mentees or peers; mentors not counted), 2 to 12. */
  groupSize: number;
  /** At most this many people of one department per group, mentors included; null or absent for no rule. */
  maxPerDepartment?: number | null;
  /** Mentors leading each group (group kind), 1 by default. */
  mentorsPerGroup?: number;
  /** False to keep the greedy seed without local search: for comparisons and benches. */
  localSearch?: boolean;
};
export type FormedGroup = {
  number: number;
  mentorIds: string[];
  memberIds: string[];
  sharedInterests: string[];
  reasons: string[];
};
export type Formation = { groups: FormedGroup[]; unplaced: string[]; warnings: string[] };

export const norm = (text: string) => text.trim().toLowerCase();

/** How many groups `members` people make: about `groupSize` each, none of one unless there is only one. */
export const groupCount = (members: number, groupSize: number) =>
  members < 2 ? members : Math.max(1, Math.min(Math.round(members / groupSize), Math.floor(members / 2)));

/** `count` split into `groups` parts at most one apart, larger first. */
const split = (count: number, groups: number) =>
  Array.from({ length: groups }, (_, g) => Math.floor(count / groups) + (g < count % groups ? 1 : 0));

function check(input: FormInput) {
  const { groupSize, maxPerDepartment, mentorsPerGroup } = input;
  if (!Number.isInteger(groupSize) || groupSize < 2 || groupSize > 12)
    throw new RangeError("groupSize must be 2 to 12");
  if (maxPerDepartment != null && (!Number.isInteger(maxPerDepartment) || maxPerDepartment < 1)) {
    throw new RangeError("maxPerDepartment must be a whole number ≥ 1");
  }
  if (mentorsPerGroup != null && (!Number.isInteger(mentorsPerGroup) || mentorsPerGroup < 1)) {
    throw new RangeError("mentorsPerGroup must be a whole number ≥ 1");
  }
}

/** Forms the groups. The same input always gives the same groups. */
export function formGroups(input: FormInput): Formation {
  check(input);
  const warnings: string[] = [];
  const isMentor = (p: GroupPerson) => input.kind === "group" && p.role === "mentor";
  const mentors = input.people.filter(isMentor);
  const members = input.people.filter((p) => !isMentor(p));
  let groups = groupCount(members.length, input.groupSize);
  if (input.kind === "group") {
    if (!mentors.length && members.length) warnings.push("There are no mentors to lead the groups.");
    if (mentors.length && !members.length) warnings.push("There are no mentees to place in groups.");
    if (mentors.length < groups) {
      warnings.push(
        `Only ${mentors.length} mentors: ${mentors.length} groups instead of ${groups}, so they are larger.`,
      );
    }
    groups = Math.min(groups, mentors.length);
  } else if (members.length === 1) {
    warnings.push("One person cannot form a circle.");
    groups = 0;
  }
  if (!groups) return { groups: [], unplaced: input.people.map((p) => p.id), warnings };

  // Mentors are dealt in order, evenly; those beyond `mentorsPerGroup` each are left for another round.
  const leading = mentors.slice(0, groups * (input.mentorsPerGroup ?? 1));
  const spare = mentors.slice(leading.length);
  if (spare.length) warnings.push(`${spare.length} mentors are not needed for ${groups} groups.`);
  const led = Array.from({ length: groups }, (_, g) => leading.filter((_, i) => i % groups === g));

  const interests = (p: GroupPerson) => new Set(p.interests.map(norm).filter(Boolean));
  const max = input.maxPerDepartment ?? null;
  const problem: Problem = {
    interests: members.map(interests),
    departments: members.map((p) => p.department.trim()),
    sizes: split(members.length, groups),
    // Everyone in a group counts toward the department rule, its mentors too.
    cap: capOf([...members, ...leading], groups, max, warnings),
    fixed: led.map((ms) => departmentCounts(ms)),
    leaders: led.map((ms) => ms.map(interests)),
  };
  const start = seed(problem);
  const layout = input.localSearch === false ? start : improve(problem, start);
  const formed = layout.map((g, k) => {
    const people = [...led[k]!, ...g.sort((a, b) => a - b).map((m) => members[m]!)];
    return { number: k + 1, ...describe(led[k]!, people.slice(led[k]!.length)) };
  });
  if (max !== null) warnOverLimit(formed, input.people, max, warnings);
  return { groups: formed, unplaced: spare.map((p) => p.id), warnings };
}

/** People per department, leaving out those with none (they are free of the rule). */
function departmentCounts(people: GroupPerson[]) {
  const count = new Map<string, number>();
  for (const p of people)
    if (p.department.trim()) count.set(p.department.trim(), (count.get(p.department.trim()) ?? 0) + 1);
  return count;
}

/**
 * Says so for each department over the limit in some group that no warning names yet (mentors leading
 * together from one department can make the limit impossible where the totals would allow it).
 */
function warnOverLimit(formed: FormedGroup[], people: GroupPerson[], max: number, warnings: string[]) {
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const g of formed) {
    const count = departmentCounts([...g.mentorIds, ...g.memberIds].map((id) => byId.get(id)!));
    for (const [d, n] of [...count].sort()) {
      if (n <= max || warnings.some((w) => w.startsWith(`${d} has `))) continue;
      warnings.push(`${d} has ${n} people in group ${g.number}, over the limit of ${max}.`);
    }
  }
}

/**
 * The department rule per department: `max`, or for a department with more than `max` people per
 * group (mentors included), the fewest it can have (⌈count / groups⌉), with a warning. People with no
 * department are free.
 */
function capOf(everyone: GroupPerson[], groups: number, max: number | null, warnings: string[]) {
  if (max === null) return () => Infinity;
  const count = departmentCounts(everyone);
  const caps = new Map<string, number>();
  for (const [d, n] of [...count].sort()) {
    if (n <= groups * max) continue;
    caps.set(d, Math.ceil(n / groups));
    warnings.push(
      `${d} has ${n} people for ${groups} groups: up to ${Math.ceil(n / groups)} share a group, over the limit of ${max}.`,
    );
  }
  return (d: string) => (d ? (caps.get(d) ?? max) : Infinity);
}

/** Interests shared within each group, pair by pair, mentors included: what the search maximises. */
export function sharedInterestScore(formation: Formation, people: GroupPerson[]): number {
  const byId = new Map(people.map((p) => [p.id, new Set(p.interests.map(norm).filter(Boolean))]));
  let score = 0;
  for (const g of formation.groups) {
    const sets = [...g.mentorIds, ...g.memberIds].map((id) => byId.get(id)!);
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++) score += overlap(sets[i]!, sets[j]!);
  }
  return score;
}
