/**
 * @module domain/groups/reasons
 * What a formed group shows the admin: who is in it, the interests they share and why it looks as it
 * does, in short sentences.
 */
import type { FormedGroup, GroupPerson } from "./form";

const norm = (text: string) => text.trim().toLowerCase();

/** Interests held by at least two of `people`, most held first, each in its first spelling. */
function shared(people: GroupPerson[]) {
  const held = new Map<string, { label: string; count: number }>();
  for (const p of people) {
    for (const i of new Set(p.interests.map((x) => x.trim()).filter(Boolean))) {
      const entry = held.get(norm(i));
      if (entry) entry.count++;
      else held.set(norm(i), { label: i, count: 1 });
    }
  }
  return [...held.values()]
    .filter((e) => e.count > 1)
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** The group as returned: its people's ids, shared interests and reasons. */
export function describe(mentors: GroupPerson[], members: GroupPerson[]): Omit<FormedGroup, "number"> {
  const everyone = [...mentors, ...members];
  const interests = shared(everyone);
  const reasons: string[] = [];
  if (mentors.length) reasons.push(`led by ${mentors.map((m) => m.name).join(" and ")}`);
  const top = interests[0];
  reasons.push(
    top ? `${top.count} of ${everyone.length} share an interest in ${top.label}` : "no interest shared by two people",
  );
  const departments = new Map<string, number>();
  // Everyone counts, mentors included: the department rule does too.
  for (const p of everyone) {
    const d = p.department.trim() || "no department";
    departments.set(d, (departments.get(d) ?? 0) + 1);
  }
  const byCount = [...departments].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  reasons.push(`departments: ${byCount.map(([d, n]) => `${d} ${n}`).join(", ")}`);
  return {
    mentorIds: mentors.map((m) => m.id),
    memberIds: members.map((m) => m.id),
    sharedInterests: interests.map((i) => i.label),
    reasons,
  };
}
