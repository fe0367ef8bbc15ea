/** Sending the request: the ranked choices, an optional message, and what happens once it is sent. */
import { Field, Status } from "../../../lib/Field";
import { plural } from "../../../lib/format";
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
  const { choices, requestDays, message, onMessage, sending, error, onSubmit } = props;
  return (
    <form class="card choices" onSubmit={onSubmit} noValidate aria-labelledby="choices-heading">
      <h2 id="choices-heading" tabIndex={-1}>
        Your choices
      </h2>
      {choices.chosen.length === 0 ? (
        <p class="hint">
          You have not added anyone yet. Use “Add as 1st choice” on a mentor above; you can add up to three.
        </p>
      ) : (
        <ChoiceList choices={choices} />
      )}
      <Field
        id="request-message"
        label="A message to your mentors (optional)"
        hint="Say hello and what you hope to learn. Each mentor you chose sees it when the request reaches them."
      >
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
      <p id="send-explained">
        Your 1st choice gets the request now and has {plural(requestDays, "day")} to answer. If they decline or do not
        answer in time, it moves on to your next choice by itself. We email you when someone accepts.
      </p>
      <button type="submit" disabled={sending} aria-describedby="send-explained">
        {sending ? "Sending…" : "Send request"}
      </button>
      <Status tone="error" message={error} />
    </form>
  );
}
