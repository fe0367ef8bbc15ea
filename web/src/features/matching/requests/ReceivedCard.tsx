/** A request waiting for the mentor's answer: who asks, their goals and message, Accept and Decline. */
import { Alert } from "../../../lib/Alert";
import { roleLine } from "../../../lib/format";
import { reasonsSentence } from "../../../lib/reasons";
import { WatchOut } from "../../../lib/WatchOut";
import { formatDateTime, formatRelative } from "../../../lib/dates";
import { useT } from "../i18n";
import type { ReceivedRequest } from "../myRequests";

export type CardError = { text: string; code?: string };

export function ReceivedCard(props: {
  r: ReceivedRequest;
  busy: boolean;
  error?: CardError;
  onAccept: () => void;
  onDecline: () => void;
}) {
  const { t } = useT();
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
        <span class="tag">{t("matching.received.theirChoice", { rank: r.rank })}</span>{" "}
        {r.deadlineAt && (
          <strong>
            {t("matching.received.answerBy", {
              time: formatDateTime(r.deadlineAt),
              relative: formatRelative(r.deadlineAt),
            })}
          </strong>
        )}
      </p>
      <dl class="facts">
        <dt>{t("matching.received.goals")}</dt>
        <dd>{r.goals || "—"}</dd>
        {r.reasons.length + r.watchOut.length > 0 && (
          <>
            <dt>{t("matching.received.why")}</dt>
            <dd>
              {reasonsSentence(r.reasons)}
              <WatchOut items={r.watchOut} as="span" />
            </dd>
          </>
        )}
        <dt>{t("matching.received.message")}</dt>
        <dd>{r.message ? <q>{r.message}</q> : t("matching.received.noMessage")}</dd>
      </dl>
      <div class="actions">
        <button type="button" onClick={onAccept} disabled={busy} aria-describedby={error ? errorId : undefined}>
          {t("matching.received.accept")}{" "}
          <span class="sr-only">{t("matching.received.whose", { name: r.mentee.name })}</span>
        </button>
        <button type="button" class="secondary" onClick={onDecline} disabled={busy}>
          {t("matching.received.decline")}{" "}
          <span class="sr-only">{t("matching.received.whose", { name: r.mentee.name })}</span>
        </button>
      </div>
      <Alert message={error?.text} id={errorId}>
        {error?.code === "no_seat" && (
          <>
            {" "}
            <a href="/dashboard">{t("matching.received.changeSeats")}</a>
          </>
        )}
      </Alert>
    </li>
  );
}
