/** Sending the request: the ranked choices, an optional message, and what happens once it is sent. */
import { Field, Status } from "../../../lib/Field";
import { useT } from "../i18n";
import { ChoiceList } from "./ChoiceList";
import type { Choices } from "./useChoices";

export function RequestForm(props: {
  choices: Choices;
  requestDays: number;
  message: string;
  onMessage: (message: string) => void;
  sending: boolean;
  error: string | null;
  onSubmit: (e: Event) => void;
}) {
  const { t } = useT();
  const { choices, requestDays, message, onMessage, sending, error, onSubmit } = props;
  return (
    <form class="card choices" onSubmit={onSubmit} noValidate aria-labelledby="choices-heading">
      <h2 id="choices-heading" tabIndex={-1}>
        {t("matching.request.title")}
      </h2>
      {choices.chosen.length === 0 ? (
        <p class="hint">{t("matching.request.empty")}</p>
      ) : (
        <ChoiceList choices={choices} />
      )}
      <Field id="request-message" label={t("matching.request.message")} hint={t("matching.request.messageHint")}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            maxLength={1000}
            value={message}
            onInput={(e) => onMessage(e.currentTarget.value)}
          />
        )}
      </Field>
      <p id="send-explained">{t("matching.request.explained", { days: requestDays })}</p>
      <button type="submit" disabled={sending} aria-describedby="send-explained">
        {sending ? t("matching.request.sending") : t("matching.request.send")}
      </button>
      <Status tone="error" message={error} />
    </form>
  );
}
