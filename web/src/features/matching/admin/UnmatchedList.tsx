/** Who a run left without a mentor, why, and assigning one by hand; the API pages them. */
import { useState } from "preact/hooks";
import { Alert } from "../../../lib/Alert";
import { Pager } from "../../../lib/Pager";
import type { PairEdit, Run } from "./data";
import { MentorPicker } from "./Pickers";
import { useT } from "../i18n";

type Props = {
  programId: string;
  run: Run;
  onPage: (page: number) => void;
  readOnly: boolean;
  busy: boolean;
  failure: { menteeId: string; message: string } | null;
  onEdit: (edit: PairEdit, done?: () => void) => void;
};

export function UnmatchedList({ programId, run, onPage, readOnly, busy, failure, onEdit }: Props) {
  const { t } = useT();
  const [assigning, setAssigning] = useState<string | null>(null);

  if (run.totalUnmatched === 0) return <p class="empty">{t("matching.unmatched.none")}</p>;
  return (
    <>
      <ul class="unmatched">
        {run.unmatched.map((u) => (
          <li key={u.personId} class="card">
            <p class="unmatched-who">
              <strong>{u.name || u.email}</strong>
              {u.name && <span class="hint"> {u.email}</span>}
            </p>
            <p>{u.reason}</p>
            {assigning === u.personId ? (
              <MentorPicker
                programId={programId}
                runId={run.id}
                menteeId={u.personId}
                busy={busy}
                error={failure?.menteeId === u.personId ? failure.message : null}
                onSubmit={(mentorId) =>
                  onEdit({ action: "assign", menteeId: u.personId, mentorId }, () => setAssigning(null))
                }
                onCancel={() => setAssigning(null)}
              />
            ) : (
              <>
                <button
                  type="button"
                  class="secondary small"
                  disabled={readOnly || busy}
                  onClick={() => setAssigning(u.personId)}
                >
                  {t("matching.unmatched.assign")}
                  <span class="sr-only"> {t("matching.unmatched.assignTo", { name: u.name || u.email })}</span>
                </button>
                {failure?.menteeId === u.personId && <Alert message={failure.message} />}
              </>
            )}
          </li>
        ))}
      </ul>
      {run.totalUnmatched > run.unmatchedPageSize && (
        <Pager page={run.unmatchedPage} pageSize={run.unmatchedPageSize} total={run.totalUnmatched} onPage={onPage} />
      )}
    </>
  );
}
