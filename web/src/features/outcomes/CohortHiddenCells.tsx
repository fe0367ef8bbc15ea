/** What the 5-person floor hid in the cohorts table, in words. */
import { HiddenCells } from "../../lib/HiddenCells";

const GROUPS: Record<string, string> = { participants: "participants", baseline: "everyone else" };
const FIGURES: Record<string, string> = {
  promoted: "promoted",
  movedInternally: "moved internally",
  retained: "retained",
  onboarding: "onboarding median",
};

/** "2026-03:participants:promoted" → "2026-03 participants: promoted". */
const cellText = (cell: string) => {
  const [month = "", group = "", figure] = cell.split(":");
  const who = `${month} ${GROUPS[group] ?? group}`;
  return figure ? `${who}: ${FIGURES[figure] ?? figure}` : `${who}: every rate`;
};

export function CohortHiddenCells({ items }: { items: { cell: string; reason: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div class="suppressed">
      <h3>What is hidden</h3>
      <HiddenCells
        items={items}
        text={cellText}
        why="So that no figure points at a colleague, a group of fewer than 5 people, or a rate that counts or leaves out fewer than 5, is shown as “hidden”."
      />
    </div>
  );
}
