/** Mail by lane and kind (so a stuck lane shows) and the progress of recent bulk sends, for admins. */
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { MailProgress } from "../../lib/MailProgress";
import { Table } from "../../lib/Table";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";
import { useT } from "./i18n";

const load = () => ok(api.admin["mail-status"].$get());
const REFRESH_MS = 5000;

export function MailStatus() {
  const { t, language } = useT();
  const number = new Intl.NumberFormat(language);
  const { data, error } = useApi(["admin", "mail-status"], load, { refetchInterval: REFRESH_MS });
  const columns = [
    t("mail.status.lane"),
    t("mail.status.kind"),
    t("mail.status.waiting"),
    t("mail.status.sending"),
    t("mail.status.sent"),
    t("mail.status.failed"),
    t("mail.status.expired"),
    t("mail.status.waitingSince"),
  ];
  if (error) return <Alert message={error} />;
  if (!data) return <Skeleton label={t("mail.status.loading")} />;
  return (
    <>
      <h2>{t("mail.status.byLane")}</h2>
      {data.lanes.length === 0 ? (
        <EmptyState title={t("mail.status.emptyTitle")}>{t("mail.status.emptyText")}</EmptyState>
      ) : (
        <Table caption={t("mail.status.caption")} region={t("mail.status.region")} columns={columns}>
          {data.lanes.map((l) => (
            <tr key={`${l.lane}:${l.kind}`}>
              <td>{t("mail.status.laneName", { lane: l.lane })}</td>
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
      <h2>{t("mail.status.bulk")}</h2>
      {data.bulkSends.length === 0 ? (
        <EmptyState title={t("mail.status.noBulkTitle")}>{t("mail.status.noBulkText")}</EmptyState>
      ) : (
        <ul class="cards" aria-label={t("mail.status.bulk")}>
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
