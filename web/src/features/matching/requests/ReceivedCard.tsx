/** A request waiting for the mentor's answer: who asks, their goals and message, Accept and Decline. */
import { Alert } from "../../../lib/Alert";
import { ordinal, reasonsSentence, roleLine } from "../../../lib/format";
import { WatchOut } from "../../../lib/WatchOut";
import { formatDateTime, formatRelative } from "../../../lib/dates";
import type { ReceivedRequest } from "../myRequests";

export type CardError = { text: string; code?: string };

export function ReceivedCard(props: {
  r: ReceivedRequest;
  busy: boolean;
  error?: CardError;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const { r, busy, error, onAccept, onDecline } = props;
  const errorId = `request-${r.id}-error`;
  return (
    <li class="card request" id={`request-${r.id}`}>
      <h3>{r.mentee.name}</h3>
      <p class="hint">
        {roleLine(r.mentee) && <>{roleLine(r.mentee)} · </>}
        {r.programName}
      </p>
      <p>
        <span class="tag">Their {ordinal(r.rank)} choice</span>{" "}
        {r.deadlineAt && (
          <strong>
            Please answer by {formatDateTime(r.deadlineAt)} ({formatRelative(r.deadlineAt)})
          </strong>
        )}
      </p>
      <dl class="facts">
        <dt>Their goals</dt>
        <dd>{r.goals || "—"}</dd>
        {r.reasons.length + r.watchOut.length > 0 && (
          <>
            <dt>Why you were suggested</dt>
            <dd>
              {reasonsSentence(r.reasons)}
              <WatchOut items={r.watchOut} as="span" />
            </dd>
          </>
        )}
        <dt>Their message</dt>
        <dd>{r.message ? <q>{r.message}</q> : "No message."}</dd>
      </dl>
      <div class="actions">
        <button type="button" onClick={onAccept} disabled={busy} aria-describedby={error ? errorId : undefined}>
          Accept <span class="sr-only">{r.mentee.name}'s request</span>
        </button>
        <button type="button" class="secondary" onClick={onDecline} disabled={busy}>
          Decline <span class="sr-only">{r.mentee.name}'s request</span>
        </button>
      </div>
      <Alert message={error?.text} id={errorId}>
        {error?.code === "no_seat" && (
          <>
            {" "}
            <a href="/dashboard">Change your seats on your dashboard.</a>
          </>
        )}
      </Alert>
    </li>
  );
}
