/** Mail by lane and kind (so a stuck lane shows) and the progress of recent bulk sends, for admins. */
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { MailProgress } from "../../lib/MailProgress";
import { Table } from "../../lib/Table";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";

const load = () => ok(api.admin["mail-status"].$get());
const number = new Intl.NumberFormat();
const REFRESH_MS = 5000;
const COLUMNS = ["Lane", "Kind", "Waiting", "Sending", "Sent", "Failed", "Expired", "Waiting since"];
const LANE_NAMES = { urgent: "Urgent (sign-in links, confirmations)", bulk: "Bulk (welcomes, announcements, surveys)" };

export function MailStatus() {
  const { data, error } = useApi(["admin", "mail-status"], load, { refetchInterval: REFRESH_MS });
  if (error) return <Alert message={error} />;
  if (!data) return <Skeleton label="Loading mail status" />;
  return (
    <>
      <h2>Mail by lane</h2>
      {data.lanes.length === 0 ? (
        <EmptyState title="No mail in the last week">Mail shows here by lane and kind as it goes out.</EmptyState>
      ) : (
        <Table caption="Mail of the last week by lane and kind" region="Mail by lane and kind" columns={COLUMNS}>
          {data.lanes.map((l) => (
            <tr key={`${l.lane}:${l.kind}`}>
              <td>{LANE_NAMES[l.lane]}</td>
              <th scope="row">{l.kind}</th>
              <td>{number.format(l.waiting)}</td>
              <td>{number.format(l.sending)}</td>
              <td>{number.format(l.sent)}</td>
              <td>{number.format(l.failed)}</td>
              <td>{number.format(l.expired)}</td>
              <td>{formatDateTime(l.oldestWaitingAt) || "—"}</td>
            </tr>
          ))}
        </Table>
      )}
      <h2>Bulk sends</h2>
      {data.bulkSends.length === 0 ? (
        <EmptyState title="No bulk sends yet">
          An import's welcome mails, a match run's announcements and other sends to many people show here.
        </EmptyState>
      ) : (
        <ul class="cards" aria-label="Bulk sends">
          {data.bulkSends.map((b) => (
            <li class="card" key={b.id}>
              <strong>{b.label}</strong> · {formatDateTime(b.createdAt)}
              <MailProgress progress={b} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
