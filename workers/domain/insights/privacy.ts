/**
 * @module domain/insights/privacy
 * The 5-person floor of program insights. A figure about one to four people could point at someone
 * (the only mentee in Legal who is not matched; the one answer of 2 this week), so it is hidden:
 * `null`, and listed in `suppressed` with the reason. Zero is about nobody and is shown. A hidden cell
 * must not come back as a difference of shown ones, so a breakdown that hides a row also merges the
 * next smallest rows into one "others" row until that row counts at least five people, and a row's
 * matched count is hidden when either it or the unmatched rest is about one to four people.
 */
export const MIN_PEOPLE = 5;

/** A count about people, or null when it is about one to four of them. */
export const floored = (n: number): number | null => (n > 0 && n < MIN_PEOPLE ? null : n);

export type Suppression = { cell: string; reason: string };
export type BreakdownCell = { value: string; people: number; matched: number };
/** A row of a breakdown as shown; `value: null` is the merged row of groups too small to show alone. */
export type ShownCell = { value: string | null; people: number | null; matched: number | null };

const FEW = "fewer than 5 people";

/**
 * Counts by a key (pairs by end reason …) with the floor: small ones merge into `others`, and the
 * next smallest join them until `others` holds at least five, so no hidden count is a difference.
 */
export function floorCounts(table: string, counts: Record<string, number>) {
  const sorted = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1));
  const merged = sorted.filter(([, n]) => n < MIN_PEOPLE);
  const shown = sorted.filter(([, n]) => n >= MIN_PEOPLE);
  const sum = () => merged.reduce((t, [, n]) => t + n, 0);
  while (merged.length && sum() < MIN_PEOPLE && shown.length) merged.push(shown.shift()!);
  return {
    counts: Object.fromEntries(shown),
    others: merged.length ? floored(sum()) : 0,
    suppressed: merged.map(([k]) => ({ cell: `${table}:${k}`, reason: FEW })),
  };
}

/** A breakdown (people by department, location …) with the floor applied, and what it hid. */
export function floorBreakdown(table: string, cells: BreakdownCell[]) {
  const sorted = [...cells]
    .filter((c) => c.people > 0)
    .sort((a, b) => a.people - b.people || (a.value < b.value ? -1 : 1));
  const merged: BreakdownCell[] = sorted.filter((c) => c.people < MIN_PEOPLE);
  const shown = sorted.filter((c) => c.people >= MIN_PEOPLE);
  const mergedPeople = () => merged.reduce((n, c) => n + c.people, 0);
  // The others row must itself count five or more, or it gives its few away as total minus the rest.
  while (merged.length && mergedPeople() < MIN_PEOPLE && shown.length) merged.push(shown.shift()!);
  const suppressed: Suppression[] = merged.map((c) => ({ cell: `${table}:${c.value}`, reason: FEW }));
  const rows: ShownCell[] = shown.map((c) => ({ value: c.value, people: c.people, matched: c.matched }));
  if (merged.length) {
    const people = mergedPeople();
    rows.push({ value: null, people: floored(people), matched: merged.reduce((n, c) => n + c.matched, 0) });
  }
  // Matched, and by difference unmatched, are counts of people too.
  const hideMatched = (r: ShownCell, why = FEW) => {
    suppressed.push({ cell: `${table}:${r.value ?? "others"}:matched`, reason: why });
    r.matched = null;
  };
  for (const r of rows) {
    if (r.people === null) r.matched = null;
    else if (floored(r.matched!) === null || floored(r.people - r.matched!) === null) hideMatched(r);
  }
  // One hidden matched count among shown ones is the total's remainder: hide the next smallest too.
  const hidden = rows.filter((r) => r.people !== null && r.matched === null);
  const visible = rows.filter((r) => r.matched !== null).sort((a, b) => a.matched! - b.matched!);
  if (hidden.length === 1 && visible.length) hideMatched(visible[0]!, "would reveal a hidden count by difference");
  return { rows, suppressed };
}
