/**
 * How each mentor answers requests in mentee's-choice matching: how many came, how they went, the
 * average time to answer, and whether the mentor is paused (by themselves, or after lapsed requests).
 */
import { useState } from "preact/hooks";
import { Alert } from "../../../lib/Alert";
import { formatDate } from "../../../lib/dates";
import { Pager } from "../../../lib/Pager";
import { loadResponseTimes, type ResponseTime, type Settings } from "./data";
import { Table } from "../../../lib/Table";
import { PersonCell } from "./PersonCell";
import { useApi } from "../../../lib/query";
import { StatusTag } from "../../../lib/StatusTag";
import { Skeleton } from "../../../lib/Skeleton";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { duration } from "../../../lib/duration";

const PAGE = 50;
// Insights shows the same durations.

const columns = (t: Translate) => ({
  mentor: t("matching.responses.mentor"),
  requests: t("matching.responses.requests"),
  accepted: t("matching.responses.accepted"),
  declined: t("matching.responses.declined"),
  lapsed: t("matching.responses.lapsed"),
  waiting: t("matching.responses.waiting"),
  average: t("matching.responses.average"),
  status: t("matching.status"),
});

/** Mentors with something to show: a request, or a pause. */
const worthShowing = (r: ResponseTime) => r.received > 0 || r.pausedAt !== null;

export function ResponseTimes({ programId, mode }: { programId: string; mode: Settings["mode"] | undefined }) {
  const { t } = useT();
  const c = columns(t);
  const [page, setPage] = useState(1);
  const { data, error } = useApi(["programs", programId, "response-times"], () => loadResponseTimes(programId));
  const rows = (data?.items ?? []).filter(worthShowing);
  const choosing = mode === "choice" || mode === "both";
  if (!choosing && rows.length === 0 && !error) return null;
  const last = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, last);

  return (
    <section aria-labelledby="responses-title">
      <h2 id="responses-title">{t("matching.responses.title")}</h2>
      <p class="hint">{t("matching.responses.intro")}</p>
      <Alert message={error} />
      {!data ? (
        !error && <Skeleton />
      ) : rows.length === 0 ? (
        <p class="empty">{t("matching.responses.none")}</p>
      ) : (
        <Table caption={t("matching.responses.title")} columns={Object.values(c)} class="stack responses">
          {rows.slice((current - 1) * PAGE, current * PAGE).map((r) => (
            <tr key={r.mentorId}>
              <PersonCell label={c.mentor} name={r.name} email={r.email} />
              <td data-label={c.requests}>{r.received}</td>
              <td data-label={c.accepted}>{r.accepted ?? 0}</td>
              <td data-label={c.declined}>{r.declined ?? 0}</td>
              <td data-label={c.lapsed}>{r.lapsed ?? 0}</td>
              <td data-label={c.waiting}>{r.pending ?? 0}</td>
              <td data-label={c.average}>{duration(r.averageHours)}</td>
              <td data-label={c.status}>
                {r.pausedAt === null ? (
                  <StatusTag status="active">{t("matching.responses.taking")}</StatusTag>
                ) : (
                  <>
                    <StatusTag status="paused">
                      {t("matching.responses.paused", { why: r.pausedBecause ?? "other" })}
                    </StatusTag>
                    <span class="hint"> {t("matching.responses.since", { day: formatDate(r.pausedAt) })}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {rows.length > PAGE && <Pager page={current} pageSize={PAGE} total={rows.length} onPage={setPage} />}
    </section>
  );
}
