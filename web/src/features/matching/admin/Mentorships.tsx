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
import { Filter } from "../../../lib/Filter";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";

const statusText = (t: Translate): Record<MentorshipStatus, string> => ({
  proposed: t("matching.mentorships.status.proposed"),
  active: t("matching.mentorships.status.active"),
  completed: t("matching.mentorships.status.completed"),
  ended: t("matching.mentorships.status.ended"),
});
const sourceText = (t: Translate): Record<Mentorship["source"], string> => ({
  match: t("matching.mentorships.source.match"),
  request: t("matching.mentorships.source.request"),
  event: t("matching.mentorships.source.event"),
});
const columns = (t: Translate) => ({
  mentor: t("matching.mentorships.mentor"),
  mentee: t("matching.mentee"),
  status: t("matching.status"),
  how: t("matching.mentorships.how"),
  score: t("matching.mentorships.score"),
  started: t("matching.mentorships.started"),
});

/** The note the person who ended it left, once the API gives it. */
const endNote = (m: Mentorship) => ("endNote" in m && typeof m.endNote === "string" ? m.endNote.trim() : "");

export function Mentorships({ programId, version }: { programId: string; version: number }) {
  const { t } = useT();
  const [STATUS_TEXT, SOURCE_TEXT, c] = [statusText(t), sourceText(t), columns(t)];
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<MentorshipStatus | "">("");
  const filter = (next: MentorshipStatus | "") => {
    setStatus(next);
    setPage(1);
  };
  const { data, error } = useApi(
    ["programs", programId, "mentorships", page, status, version],
    () => loadMentorships(programId, page, status),
    { keepPrevious: true },
  );

  return (
    <section aria-labelledby="mentorships-title">
      <h2 id="mentorships-title">{t("matching.mentorships.title")}</h2>
      <Filter label={t("matching.status")} value={status} onChange={filter}>
        <option value="">{t("matching.mentorships.any")}</option>
        <Options options={Object.entries(STATUS_TEXT)} />
      </Filter>
      <Loading query={{ data, error }} />
      {!data ? null : data.items.length === 0 ? (
        <EmptyState title={status ? t("matching.mentorships.noneWithStatus") : t("matching.mentorships.none")}>
          {status ? t("matching.mentorships.noneWithStatusHint") : t("matching.mentorships.noneHint")}
        </EmptyState>
      ) : (
        <Table caption={t("matching.mentorships.title")} columns={Object.values(c)} class="stack">
          {data.items.map((m) => (
            <tr key={m.id}>
              <PersonCell label={c.mentor} name={m.mentorName} email={m.mentorEmail} />
              <PersonCell label={c.mentee} name={m.menteeName} email={m.menteeEmail} />
              <td data-label={c.status}>
                <StatusTag status={m.status}>{STATUS_TEXT[m.status]}</StatusTag>
                <EndReasonText m={m} />
              </td>
              <td data-label={c.how}>{SOURCE_TEXT[m.source]}</td>
              <td data-label={c.score}>{m.score === null ? "—" : Math.round(m.score)}</td>
              <td data-label={c.started}>{formatDate(m.startedAt)}</td>
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
