/** What the 5-person floor hid on this page, in words. */
import { HiddenCells } from "../../lib/HiddenCells";
import { OTHERS } from "./data";

const TABLES: Record<string, string> = {
  department: "Department",
  location: "Location",
  seniority: "Seniority",
  role: "Role",
  endReasons: "Ended early because",
  satisfaction: "Satisfaction",
  series: "Trends",
  cycles: "Rotation cycle",
};
const FIGURES: Record<string, string> = {
  averageRating: "average rating",
  nps: "net promoter score",
  answers: "survey answers per week",
  others: OTHERS,
  matched: "matched",
  byMonth: "month",
};

/** "department:Legal:matched" → "Department: Legal, matched". */
const cellText = (cell: string) => {
  const [table = "", ...rest] = cell.split(":");
  return `${TABLES[table] ?? table}: ${rest.map((r) => FIGURES[r] ?? r).join(", ")}`;
};

export function Suppressed({ items }: { items: { cell: string; reason: string }[] }) {
  if (items.length === 0) return null;
  return (
    <section class="insight suppressed" aria-labelledby="suppressed-title">
      <h2 id="suppressed-title">What is hidden</h2>
      <HiddenCells
        items={items}
        text={cellText}
        why="To keep answers anonymous, a figure about fewer than 5 people is hidden or counted with others."
      />
    </section>
  );
}
