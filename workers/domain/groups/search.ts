/**
 * @module domain/groups/search
 * Splitting members into groups of set sizes so that group-mates share the most interests, with at most
 * `cap(department)` members of a department per group. This is constrained clustering, which no package
 * offers with a per-group department cap (the clustering libraries on npm take points in a metric space
 * and choose sizes themselves), so it is done here: a greedy seed, then swaps between groups that raise
 * the score and keep the cap. Deterministic: ties go to the lower index, and nothing is random.
 * Pair overlaps are tabled as n² 16-bit counts: 8 MB for 2,000 members, so a cohort far larger than
 * that should be formed in parts (a Worker has 128 MB).
 */

export type Problem = {
  /** Each member's interests, normalised. */
  interests: Set<string>[];
  departments: string[];
  /** Members per group; they sum to the number of members. */
  sizes: number[];
  /** People of a department allowed in one group, its leaders included. */
  cap: (department: string) => number;
  /** Each group's leaders' departments, counted: they take room under the cap before any member. */
  fixed: Map<string, number>[];
  /** Each group's fixed leaders (mentors): their interests count toward a member's fit with the group. */
  leaders: Set<string>[][];
};
/** Member indices per group. */
export type Layout = number[][];

export const overlap = (a: Set<string>, b: Set<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** Interests shared by each pair of members, and by each member with each group's leaders. */
function affinities(p: Problem) {
  const n = p.interests.length;
  const pair = new Uint16Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) pair[i * n + j] = pair[j * n + i] = overlap(p.interests[i]!, p.interests[j]!);
  }
  const led = p.interests.map((mine) => p.leaders.map((ls) => ls.reduce((s, l) => s + overlap(mine, l), 0)));
  /** Member `m`'s shared interests with group `g` (members `group`), leaving out `skip` and itself. */
  return (m: number, group: number[], g: number, skip = -1) => {
    let s = led[m]![g]!;
    for (const o of group) if (o !== m && o !== skip) s += pair[m * n + o]!;
    return s;
  };
}

/** Members ordered by department size, largest first, so the hardest to spread are placed first. */
function byDepartment(p: Problem): number[] {
  const size = new Map<string, number>();
  for (const d of p.departments) size.set(d, (size.get(d) ?? 0) + 1);
  return p.departments
    .map((d, i) => ({ d, i }))
    .sort((a, b) => size.get(b.d)! - size.get(a.d)! || (a.d < b.d ? -1 : a.d > b.d ? 1 : 0) || a.i - b.i)
    .map((x) => x.i);
}

/**
 * Dealing the department-ordered members, each to the open group holding fewest of its department
 * (leaders included), so every department is spread as evenly as the groups' leaders allow.
 */
export function deal(p: Problem): Layout {
  const layout: Layout = p.sizes.map(() => []);
  const depts = p.fixed.map((f) => new Map(f));
  for (const m of byDepartment(p)) {
    const d = p.departments[m]!;
    let best = -1;
    layout.forEach((group, g) => {
      if (group.length >= p.sizes[g]!) return;
      const has = depts[g]!.get(d) ?? 0;
      const bestHas = best < 0 ? Infinity : (depts[best]!.get(d) ?? 0);
      if (has < bestHas || (has === bestHas && p.sizes[g]! - group.length > p.sizes[best]! - layout[best]!.length))
        best = g;
    });
    layout[best]!.push(m);
    depts[best]!.set(d, (depts[best]!.get(d) ?? 0) + 1);
  }
  return layout;
}

/** A group's people per department, its leaders included. */
const counts = (p: Problem, group: number[], g: number) => {
  const c = new Map(p.fixed[g]);
  for (const m of group) c.set(p.departments[m]!, (c.get(p.departments[m]!) ?? 0) + 1);
  return c;
};

/** Greedy: each member, hardest first, joins the open group it shares most with; the deal if that gets stuck. */
export function seed(p: Problem): Layout {
  const fit = affinities(p);
  const layout: Layout = p.sizes.map(() => []);
  const depts = p.fixed.map((f) => new Map(f));
  for (const m of byDepartment(p)) {
    const d = p.departments[m]!;
    let best = -1;
    let bestFit = -1;
    layout.forEach((group, g) => {
      if (group.length >= p.sizes[g]! || (depts[g]!.get(d) ?? 0) >= p.cap(d)) return;
      const f = fit(m, group, g);
      if (f > bestFit || (f === bestFit && group.length < layout[best]!.length)) [best, bestFit] = [g, f];
    });
    if (best < 0) return deal(p);
    layout[best]!.push(m);
    depts[best]!.set(d, (depts[best]!.get(d) ?? 0) + 1);
  }
  return layout;
}

/**
 * Local search: swaps two members of different groups whenever that raises the score and keeps the cap,
 * until no swap helps or `passes` passes are done. Sizes never change.
 */
export function improve(p: Problem, start: Layout, passes = 30): Layout {
  const fit = affinities(p);
  const layout = start.map((g) => [...g]);
  const depts = layout.map((group, g) => counts(p, group, g));
  const fits = (d: string, into: number, leaving: string) =>
    d === leaving || (depts[into]!.get(d) ?? 0) + 1 <= p.cap(d);
  for (let pass = 0, better = true; better && pass < passes; pass++) {
    better = false;
    for (let a = 0; a < layout.length; a++) {
      for (let b = a + 1; b < layout.length; b++) {
        const A = layout[a]!;
        const B = layout[b]!;
        for (let i = 0; i < A.length; i++) {
          for (let j = 0; j < B.length; j++) {
            const x = A[i]!;
            const y = B[j]!;
            const dx = p.departments[x]!;
            const dy = p.departments[y]!;
            if (!fits(dx, b, dy) || !fits(dy, a, dx)) continue;
            const gain = fit(x, B, b, y) + fit(y, A, a, x) - fit(x, A, a) - fit(y, B, b);
            if (gain <= 0) continue;
            A[i] = y;
            B[j] = x;
            depts[a]!.set(dx, depts[a]!.get(dx)! - 1).set(dy, (depts[a]!.get(dy) ?? 0) + 1);
            depts[b]!.set(dy, depts[b]!.get(dy)! - 1).set(dx, (depts[b]!.get(dx) ?? 0) + 1);
            better = true;
          }
        }
      }
    }
  }
  return layout;
}
