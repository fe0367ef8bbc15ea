/**
 * The mentee's ranked choices among the suggestions: adding, removing and moving one, each said to
 * screen readers and with focus kept on something that is still there; and the API's complaint about
 * a choice, cleared once the list changes.
 */
import { useState } from "preact/hooks";
import { useT } from "../i18n";
import { focusSoon } from "../../../lib/focus";
import type { Suggestion } from "./useSuggestions";

export const MAX_CHOICES = 3;

export type Choices = ReturnType<typeof useChoices>;

export function useChoices(suggestions: Suggestion[]) {
  const { t } = useT();
  const [ids, setIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [announce, setAnnounce] = useState("");
  const byId = new Map(suggestions.map((s) => [s.mentor.id, s]));
  const chosen = ids.filter((c) => byId.has(c));
  const nameOf = (mentorId: string) => byId.get(mentorId)?.mentor.name ?? "";

  const add = (mentorId: string) => {
    setIds([...chosen, mentorId]);
    setAnnounce(t("matching.choices.added", { name: nameOf(mentorId), rank: chosen.length + 1 }));
    focusSoon(`remove-${mentorId}`); // the Add button it replaces
  };
  const remove = (mentorId: string, from: "card" | "list") => {
    setIds(chosen.filter((c) => c !== mentorId));
    setErrors({});
    setAnnounce(t("matching.choices.removed", { name: nameOf(mentorId) }));
    focusSoon(from === "card" ? `add-${mentorId}` : "choices-heading");
  };
  const move = (from: number, to: number) => {
    const next = [...chosen];
    [next[from], next[to]] = [next[to]!, next[from]!];
    setIds(next);
    setErrors({});
    setAnnounce(t("matching.choices.moved", { name: nameOf(chosen[from]!), rank: to + 1 }));
    // Focus follows the moved person: the same direction's button, or the other one at either end.
    const [same, other] = to < from ? ["up", "down"] : ["down", "up"];
    setTimeout(() => {
      const button = document.getElementById(`move-${to}-${same}`) as HTMLButtonElement | null;
      (button && !button.disabled ? button : document.getElementById(`move-${to}-${other}`))?.focus();
    }, 0);
  };
  const clear = () => setIds([]);

  return { chosen, nameOf, errors, setErrors, announce, add, remove, move, clear };
}
