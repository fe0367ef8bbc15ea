/**
 * Every program an organiser runs, one row each (an admin: every program), to compare them side by
 * side: who joined, the match rate, who waits, pairs gone quiet, the open survey and the next step.
 * The same numbers as the home's cards, as a table to sort by eye and to download.
 */
import { useState } from "preact/hooks";
import { Loading } from "../../lib/Loading";
import { Pager } from "../../lib/Pager";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Table } from "../../lib/Table";
import { useApi } from "../../lib/query";
import { DownloadCsv } from "../../lib/DownloadCsv";
import { loadOverview, type Overview } from "./data";
import { useT } from "./i18n";
import "../../styles/insights.css";

export default function AllPrograms() {
  return <RequireSignIn>{() => <AllProgramsView />}</RequireSignIn>;
}

function AllProgramsView() {
  const { t } = useT();
  const [page, setPage] = useState(1);
  const programs = useApi(["insights", "home", page], () => loadOverview(page), { keepPrevious: true });
  const data = programs.data;
  const pct = (v: number | null) => (v === null ? "—" : t("insights.all.percent", { value: v }));
  const col = {
    program: t("insights.all.program"),
    joined: t("insights.all.joined"),
    pending: t("insights.all.pending"),
    matched: t("insights.all.matched"),
    waiting: t("insights.all.waiting"),
    requests: t("insights.all.requests"),
    quiet: t("insights.all.quiet"),
    survey: t("insights.all.survey"),
    next: t("insights.all.nextStep"),
  };
  const columns = Object.values(col);
  const row = (p: Overview) => [
    p.name,
    p.joined,
    p.pending,
    p.matchRate,
    p.waiting,
    p.requestsWaiting,
    p.quiet + p.stalled,
    p.surveyResponseRate,
    p.nextStep.text,
  ];
  const caption = t("insights.all.caption");
  return (
    <section aria-labelledby="all-title">
      <h1 id="all-title">{t("insights.all.title")}</h1>
      <Loading query={programs} failed={t("insights.all.failed")} label={t("insights.all.loading")} />
      {!data ? null : data.total === 0 ? (
        <p class="empty">
          {t("insights.all.empty")} <a href="/admin/programs">{t("insights.all.programsLink")}</a>
        </p>
      ) : (
        <>
          <Table caption={caption} columns={columns} class="stack" region={caption}>
            {data.items.map((p) => (
              <tr key={p.id}>
                <td data-label={col.program}>
                  <a href={`/admin/programs/${p.id}/insights`}>{p.name}</a>
                </td>
                <td data-label={col.joined}>{p.joined}</td>
                <td data-label={col.pending}>{p.pending}</td>
                <td data-label={col.matched}>{pct(p.matchRate)}</td>
                <td data-label={col.waiting}>{p.waiting}</td>
                <td data-label={col.requests}>{p.requestsWaiting}</td>
                <td data-label={col.quiet}>{p.quiet + p.stalled}</td>
                <td data-label={col.survey}>{pct(p.surveyResponseRate)}</td>
                <td data-label={col.next} class="wrap">
                  {p.nextStep.path ? <a href={p.nextStep.path}>{p.nextStep.text}</a> : p.nextStep.text}
                </td>
              </tr>
            ))}
          </Table>
          <DownloadCsv file="programs" label={t("insights.all.csvLabel")} header={columns} rows={data.items.map(row)} />
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
