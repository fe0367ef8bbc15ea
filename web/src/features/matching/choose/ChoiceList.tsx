/** The mentee's choices in rank order, each with Up, Down and Remove, and the API's word on it if any. */
import { useT } from "../i18n";
import { choiceWords } from "../words";
import type { Choices } from "./useChoices";

export function ChoiceList({ choices }: { choices: Choices }) {
  const { t } = useT();
  const { chosen, nameOf, errors, move, remove } = choices;
  return (
    <ol class="choice-list">
      {chosen.map((mentorId, i) => {
        const name = nameOf(mentorId);
        const error = errors[mentorId];
        // Up and Down differ only in where they move the choice to, and in their words.
        const moves = [
          {
            way: "up",
            to: i - 1,
            text: t("matching.choices.moveUp"),
            label: t("matching.choices.moveUpLabel", { name }),
          },
          {
            way: "down",
            to: i + 1,
            text: t("matching.choices.moveDown"),
            label: t("matching.choices.moveDownLabel", { name }),
          },
        ];
        return (
          <li key={mentorId} class="choice-item">
            <span class="chain-rank">{choiceWords(t, i + 1)}</span>
            <strong>{name}</strong>
            <span class="choice-actions">
              {moves.map((m) => (
                <button
                  key={m.way}
                  type="button"
                  class="secondary small"
                  id={`move-${i}-${m.way}`}
                  disabled={m.to < 0 || m.to >= chosen.length}
                  onClick={() => move(i, m.to)}
                  aria-label={m.label}
                >
                  {m.text}
                </button>
              ))}
              <button
                type="button"
                class="secondary small"
                onClick={() => remove(mentorId, "list")}
                aria-label={t("matching.choices.removeLabel", { name })}
              >
                {t("matching.choices.remove")}
              </button>
            </span>
            {error && <p class="error">{error}</p>}
          </li>
        );
      })}
    </ol>
  );
}
