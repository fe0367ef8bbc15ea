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
import "../../styles/insights.css";

const COLUMNS = [
  "Program",
  "Joined",
  "Pending",
  "Matched",
  "Waiting",
  "Requests",
  "Gone quiet",
  "Survey answered",
  "Next step",
];
const pct = (v: number | null) => (v === null ? "—" : `${v}%`);

export default function AllPrograms() {
  return <RequireSignIn>{() => <AllProgramsView />}</RequireSignIn>;
}

function AllProgramsView() {
  const [page, setPage] = useState(1);
  const programs = useApi(["insights", "home", page], () => loadOverview(page), { keepPrevious: true });
  const data = programs.data;
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
  return (
    <section aria-labelledby="all-title">
      <h1 id="all-title">All programs</h1>
      <Loading query={programs} failed="The programs could not be loaded" label="Loading the programs" />
      {!data ? null : data.total === 0 ? (
        <p class="empty">
          No programs to compare yet. <a href="/admin/programs">Programs</a>
        </p>
      ) : (
        <>
          <Table caption="Programs side by side" columns={COLUMNS} class="stack" region="Programs side by side">
            {data.items.map((p) => (
              <tr key={p.id}>
                <td data-label="Program">
                  <a href={`/admin/programs/${p.id}/insights`}>{p.name}</a>
                </td>
                <td data-label="Joined">{p.joined}</td>
                <td data-label="Pending">{p.pending}</td>
                <td data-label="Matched">{pct(p.matchRate)}</td>
                <td data-label="Waiting">{p.waiting}</td>
                <td data-label="Requests">{p.requestsWaiting}</td>
                <td data-label="Gone quiet">{p.quiet + p.stalled}</td>
                <td data-label="Survey answered">{pct(p.surveyResponseRate)}</td>
                <td data-label="Next step" class="wrap">
                  {p.nextStep.path ? <a href={p.nextStep.path}>{p.nextStep.text}</a> : p.nextStep.text}
                </td>
              </tr>
            ))}
          </Table>
          <DownloadCsv file="programs" label="the programs" header={COLUMNS} rows={data.items.map(row)} />
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
