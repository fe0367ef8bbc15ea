/** The program's mentorships, newest first, a page at a time, filtered by status. */
import { useState } from "preact/hooks";
import { Loading } from "../../../lib/Loading";
import { END_REASONS, type EndReason } from "../../mentorships/myMentorships";
import { Pager } from "../../../lib/Pager";
import { loadMentorships, type Mentorship, type MentorshipStatus } from "./data";
import { Table } from "../../../lib/Table";
import { PersonCell } from "./PersonCell";
import { formatDate } from "../../../lib/dates";
import { StatusTag } from "../../../lib/StatusTag";
import { useApi } from "../../../lib/query";
import { EmptyState } from "../../../lib/EmptyState";
import { Options } from "../../../lib/Field";

const STATUS_TEXT: Record<MentorshipStatus, string> = {
  proposed: "Proposed",
  active: "Active",
  completed: "Completed",
  ended: "Ended early",
};
const SOURCE_TEXT: Record<Mentorship["source"], string> = {
  match: "Matching run",
  request: "Mentee's request",
  event: "Event",
};
const COLUMNS = ["Mentor", "Mentee", "Status", "How", "Score", "Started"];

/** The note the person who ended it left, once the API gives it. */
const endNote = (m: Mentorship) => ("endNote" in m && typeof m.endNote === "string" ? m.endNote.trim() : "");

export function Mentorships({ programId, version }: { programId: string; version: number }) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<MentorshipStatus | "">("");
  const { data, error } = useApi(
    ["programs", programId, "mentorships", page, status, version],
    () => loadMentorships(programId, page, status),
    { keepPrevious: true },
  );

  return (
    <section aria-labelledby="mentorships-title">
      <h2 id="mentorships-title">Mentorships</h2>
      <div class="filters">
        <label>
          Status
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as MentorshipStatus | "");
              setPage(1);
            }}
          >
            <option value="">Any</option>
            <Options options={Object.entries(STATUS_TEXT)} />
          </select>
        </label>
      </div>
      <Loading query={{ data, error }} />
      {!data ? null : data.items.length === 0 ? (
        <EmptyState title={status ? "No mentorship has this status" : "No mentorships yet"}>
          {status ? "Choose another status to see more." : "Run matching above and publish its pairs to start some."}
        </EmptyState>
      ) : (
        <Table caption="Mentorships" columns={COLUMNS} class="stack">
          {data.items.map((m) => (
            <tr key={m.id}>
              <PersonCell label="Mentor" name={m.mentorName} email={m.mentorEmail} />
              <PersonCell label="Mentee" name={m.menteeName} email={m.menteeEmail} />
              <td data-label="Status">
                <StatusTag status={m.status}>{STATUS_TEXT[m.status]}</StatusTag>
                <EndReasonText m={m} />
              </td>
              <td data-label="How">{SOURCE_TEXT[m.source]}</td>
              <td data-label="Score">{m.score === null ? "—" : Math.round(m.score)}</td>
              <td data-label="Started">{formatDate(m.startedAt)}</td>
            </tr>
          ))}
        </Table>
      )}
      {data && <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}

/** Why an ended mentorship ended: the no-fault reason, and the note when one was left. */
function EndReasonText({ m }: { m: Mentorship }) {
  const note = endNote(m);
  if (!m.endReason && !note) return null;
  return (
    <span class="end-reason">
      {m.endReason && <span class="hint">{END_REASONS[m.endReason as EndReason] ?? m.endReason}</span>}
      {note && <q class="hint">{note}</q>}
    </span>
  );
}
