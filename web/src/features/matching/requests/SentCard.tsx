/** A request the mentee sent: to whom, as which choice, where it stands and when things happened. */
import { ordinal, roleLine } from "../../../lib/format";
import { formatDate, formatDateTime } from "../../../lib/dates";
import { StatusTag } from "../../../lib/StatusTag";
import { REQUEST_STATUS_TEXT, type SentRequest } from "../myRequests";

export function SentCard({ r }: { r: SentRequest }) {
  return (
    <li class="card sent">
      <p class="sent-line">
        <span class="chain-rank">{ordinal(r.rank)} choice</span> <strong>{r.mentor.name}</strong>
        {roleLine(r.mentor) && <span class="hint"> {roleLine(r.mentor)}</span>}
        <StatusTag status={r.status}>{REQUEST_STATUS_TEXT[r.status]}</StatusTag>
      </p>
      <p class="hint">
        {r.programName}
        {r.sentAt && <> · sent {formatDate(r.sentAt)}</>}
        {r.status === "pending" && r.deadlineAt && <> · answer due by {formatDateTime(r.deadlineAt)}</>}
        {r.respondedAt && (r.status === "accepted" || r.status === "declined") && (
          <> · answered {formatDate(r.respondedAt)}</>
        )}
      </p>
    </li>
  );
}
