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
        return (
          <li key={mentorId} class="choice-item">
            <span class="chain-rank">{choiceWords(t, i + 1)}</span>
            <strong>{name}</strong>
            <span class="choice-actions">
              <button
                type="button"
                class="secondary small"
                id={`move-${i}-up`}
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
                aria-label={t("matching.choices.moveUpLabel", { name })}
              >
                {t("matching.choices.moveUp")}
              </button>
              <button
                type="button"
                class="secondary small"
                id={`move-${i}-down`}
                disabled={i === chosen.length - 1}
                onClick={() => move(i, i + 1)}
                aria-label={t("matching.choices.moveDownLabel", { name })}
              >
                {t("matching.choices.moveDown")}
              </button>
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
