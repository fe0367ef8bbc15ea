/**
 * How each mentor answers requests in mentee's-choice matching: how many came, how they went, the
 * average time to answer, and whether the mentor is paused (by themselves, or after lapsed requests).
 */
import { useState } from "preact/hooks";
import { Alert } from "../../../lib/Alert";
import { plural } from "../../../lib/format";
import { formatDate } from "../../../lib/dates";
import { Pager } from "../../../lib/Pager";
import { loadResponseTimes, type ResponseTime, type Settings } from "./data";
import { Table } from "../../../lib/Table";
import { PersonCell } from "./PersonCell";
import { useApi } from "../../../lib/query";
import { StatusTag } from "../../../lib/StatusTag";
import { Skeleton } from "../../../lib/Skeleton";

const PAGE = 50;
const COLUMNS = ["Mentor", "Requests", "Accepted", "Declined", "Lapsed", "Waiting", "Average answer", "Status"];

/** "under an hour", "5.5 hours", "3 days". */
export function duration(hours: number | null) {
  if (hours === null) return "No answers yet";
  if (hours < 1) return "Under an hour";
  if (hours < 48) return plural(Math.round(hours * 10) / 10, "hour");
  return plural(Math.round(hours / 2.4) / 10, "day");
}

const PAUSED: Record<string, string> = { lapsed: "Paused (lapsed requests)", self: "Paused by themselves" };

/** Mentors with something to show: a request, or a pause. */
const worthShowing = (r: ResponseTime) => r.received > 0 || r.pausedAt !== null;

export function ResponseTimes({ programId, mode }: { programId: string; mode: Settings["mode"] | undefined }) {
  const [page, setPage] = useState(1);
  const { data, error } = useApi(["programs", programId, "response-times"], () => loadResponseTimes(programId));
  const rows = (data?.items ?? []).filter(worthShowing);
  const choosing = mode === "choice" || mode === "both";
  if (!choosing && rows.length === 0 && !error) return null;
  const last = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, last);

  return (
    <section aria-labelledby="responses-title">
      <h2 id="responses-title">Mentor response times</h2>
      <p class="hint">
        Mentors who have had a request in mentee's choice, or are paused. A mentor who lets requests lapse is paused
        until they resume.
      </p>
      <Alert message={error} />
      {!data ? (
        !error && <Skeleton />
      ) : rows.length === 0 ? (
        <p class="empty">No mentor has had a request yet.</p>
      ) : (
        <Table caption="Mentor response times" columns={COLUMNS} class="stack responses">
          {rows.slice((current - 1) * PAGE, current * PAGE).map((r) => (
            <tr key={r.mentorId}>
              <PersonCell label="Mentor" name={r.name} email={r.email} />
              <td data-label="Requests">{r.received}</td>
              <td data-label="Accepted">{r.accepted ?? 0}</td>
              <td data-label="Declined">{r.declined ?? 0}</td>
              <td data-label="Lapsed">{r.lapsed ?? 0}</td>
              <td data-label="Waiting">{r.pending ?? 0}</td>
              <td data-label="Average answer">{duration(r.averageHours)}</td>
              <td data-label="Status">
                {r.pausedAt === null ? (
                  <StatusTag status="active">Taking requests</StatusTag>
                ) : (
                  <>
                    <StatusTag status="paused">{PAUSED[r.pausedBecause ?? ""] ?? "Paused"}</StatusTag>
                    <span class="hint"> since {formatDate(r.pausedAt)}</span>
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
