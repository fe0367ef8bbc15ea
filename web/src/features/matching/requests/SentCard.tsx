/** A request the mentee sent: to whom, as which choice, where it stands and when things happened. */
import { roleLine } from "../../../lib/format";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { StatusTag } from "../../../lib/StatusTag";
import { useT } from "../i18n";
import type { SentRequest } from "../myRequests";
import { choiceWords, requestStatusWords } from "../words";

export function SentCard({ r }: { r: SentRequest }) {
  const { t } = useT();
  return (
    <li class="card sent">
      <p class="sent-line">
        <span class="chain-rank">{choiceWords(t, r.rank)}</span> <strong>{r.mentor.name}</strong>
        {roleLine(r.mentor) && <span class="hint"> {roleLine(r.mentor)}</span>}
        <StatusTag status={r.status}>{requestStatusWords(t, r.status)}</StatusTag>
      </p>
      <p class="hint">
        {r.programName}
        {r.sentAt && <> · {t("matching.sent.sentOn", { day: formatDate(r.sentAt) })}</>}
        {r.status === "pending" && r.deadlineAt && (
          <> · {t("matching.sent.dueBy", { time: formatDateTime(r.deadlineAt) })}</>
        )}
        {r.respondedAt && (r.status === "accepted" || r.status === "declined") && (
          <> · {t("matching.sent.answeredOn", { day: formatDate(r.respondedAt) })}</>
        )}
      </p>
    </li>
  );
}
