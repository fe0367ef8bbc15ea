/** Mail by lane and kind (so a stuck lane shows) and the progress of recent bulk sends, for admins. */
import { useEffect, useState } from "preact/hooks";
import { api, messageOf, ok } from "../../lib/api";
import { whenStamp } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { MailProgress } from "../../lib/MailProgress";

type Status = Awaited<ReturnType<typeof load>>;
const load = () => ok(api.admin["mail-status"].$get());
const number = new Intl.NumberFormat();
const REFRESH_MS = 5000;
const LANE_NAMES = { urgent: "Urgent (sign-in links, confirmations)", bulk: "Bulk (welcomes, announcements, surveys)" };

export function MailStatus() {
  const [data, setData] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => load().then(setData, (e) => setError(messageOf(e)));
    void refresh();
    const t = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(t);
  }, []);
  if (error) return <Alert message={error} />;
  if (!data) return <p aria-busy="true">Loading mail status…</p>;
  return (
    <>
      <h2>Mail by lane</h2>
      {data.lanes.length === 0 ? (
        <p class="empty">No mail in the last week.</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="Mail by lane and kind">
          <table>
            <caption class="sr-only">Mail of the last week by lane and kind</caption>
            <thead>
              <tr>
                <th scope="col">Lane</th>
                <th scope="col">Kind</th>
                <th scope="col">Waiting</th>
                <th scope="col">Sending</th>
                <th scope="col">Sent</th>
                <th scope="col">Failed</th>
                <th scope="col">Expired</th>
                <th scope="col">Waiting since</th>
              </tr>
            </thead>
            <tbody>
              {data.lanes.map((l) => (
                <tr key={`${l.lane}:${l.kind}`}>
                  <td>{LANE_NAMES[l.lane]}</td>
                  <th scope="row">{l.kind}</th>
                  <td>{number.format(l.waiting)}</td>
                  <td>{number.format(l.sending)}</td>
                  <td>{number.format(l.sent)}</td>
                  <td>{number.format(l.failed)}</td>
                  <td>{number.format(l.expired)}</td>
                  <td>{whenStamp(l.oldestWaitingAt) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Bulk sends</h2>
      {data.bulkSends.length === 0 ? (
        <p class="empty">No bulk sends yet.</p>
      ) : (
        <ul class="cards" aria-label="Bulk sends">
          {data.bulkSends.map((b) => (
            <li class="card" key={b.id}>
              <strong>{b.label}</strong> · {whenStamp(b.createdAt)}
              <MailProgress progress={b} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
