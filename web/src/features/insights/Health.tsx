/** Pair health: how many pairs are healthy, quiet or stalled, and the pairs that need attention. */
import { useState } from "preact/hooks";
import { Loading } from "../../lib/Loading";
import { Pager } from "../../lib/Pager";
import { useApi } from "../../lib/query";
import { StatusTag } from "../../lib/StatusTag";
import { formatDate } from "../../lib/dates";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { TableHead } from "../../lib/Table";
import { Filter } from "../../lib/Filter";
import { FigureSection } from "./Figures";
import { HealthPolicyForm } from "./HealthPolicyForm";
import { PairSteps } from "./PairSteps";
import { loadHealth, type HealthFilter, type Insights } from "./data";
import { useT } from "./i18n";

export function Health({ id, health }: { id: string; health: Insights["health"] }) {
  const { t } = useT();
  const [status, setStatus] = useState<HealthFilter>("");
  const [page, setPage] = useState(1);
  const pairs = useApi(["programs", id, "health", status, page], () => loadHealth(id, status, page), {
    keepPrevious: true,
  });
  const items = pairs.data?.items ?? [];
  const filter = (next: HealthFilter) => {
    setStatus(next);
    setPage(1);
  };
  const csv = {
    header: ["mentor", "mentee", "status", "days", "reason"],
    rows: items.map((p) => [p.mentorName, p.menteeName, p.status, p.days, p.reason]),
  };
  const col = {
    mentor: t("insights.attention.mentor"),
    mentee: t("insights.attention.mentee"),
    status: t("insights.attention.status"),
    days: t("insights.attention.days"),
    lastMet: t("insights.attention.lastMet"),
    why: t("insights.attention.why"),
    done: t("insights.attention.doneSince"),
    pair: t("insights.attention.pair"),
  };
  return (
    <FigureSection
      id="health"
      title={t("insights.health.title")}
      name={t("insights.health.name")}
      rows={[
        { label: t("insights.health.healthy"), value: health.healthy },
        { label: t("insights.health.quiet"), value: health.quiet },
        { label: t("insights.health.stalled"), value: health.stalled },
      ]}
    >
      <div class="no-print">
        <h3 id="attention-title">{t("insights.attention.title")}</h3>
        <Filter label={t("insights.attention.which")} value={status} onChange={filter}>
          <option value="">{t("insights.attention.both")}</option>
          <option value="quiet">{t("insights.attention.quietOnly")}</option>
          <option value="stalled">{t("insights.attention.stalledOnly")}</option>
        </Filter>
        <Loading query={pairs} failed={t("insights.attention.failed")} label={t("insights.attention.loading")} />
        {!pairs.data ? null : items.length === 0 ? (
          <p class="empty">{t("insights.attention.empty", { status: status || "all" })}</p>
        ) : (
          <>
            <div class="table-wrap">
              <table class="stack attention" aria-labelledby="attention-title">
                <TableHead columns={Object.values(col)} />
                <tbody>
                  {items.map((p) => (
                    <tr key={p.mentorshipId}>
                      <td data-label={col.mentor}>{p.mentorName}</td>
                      <td data-label={col.mentee}>{p.menteeName}</td>
                      <td data-label={col.status}>
                        <StatusTag status={p.status}>
                          {t("insights.attention.statusTag", { status: p.status })}
                        </StatusTag>
                      </td>
                      <td data-label={col.days}>{p.days}</td>
                      <td data-label={col.lastMet}>
                        {p.lastMeetingAt ? formatDate(p.lastMeetingAt) : t("insights.attention.never")}
                      </td>
                      <td data-label={col.why} class="wrap">
                        {p.reason}
                      </td>
                      <td data-label={col.done}>
                        <PairSteps programId={id} pair={p} />
                      </td>
                      <td data-label={col.pair}>
                        <a href={`/mentorships/${p.mentorshipId}`}>
                          {t("insights.attention.open")}
                          <span class="sr-only">
                            {" "}
                            {t("insights.attention.openWho", { mentor: p.mentorName, mentee: p.menteeName })}
                          </span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <DownloadCsv file="pairs-needing-attention" label={t("insights.attention.csvLabel")} {...csv} />
            <Pager page={pairs.data.page} pageSize={pairs.data.pageSize} total={pairs.data.total} onPage={setPage} />
          </>
        )}
      </div>
      <HealthPolicyForm id={id} />
    </FigureSection>
  );
}
