/**
 * The audit log (admins): who did what to which program, person or entry, and when, newest first.
 * Filters by action and program; pages go back by the answer's cursor. A table, cards on a phone.
 */
import { useState } from "preact/hooks";
import { AUDIT_ACTIONS } from "../../../../workers/domain/audit";
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { EmptyState } from "../../lib/EmptyState";
import { Field } from "../../lib/Field";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { Table } from "../../lib/Table";

type Action = (typeof AUDIT_ACTIONS)[number];
const COLUMNS = ["When", "Who", "What", "Program", "On", "Details"];
const PAGE = "50";

/** "match_run.pairs_edited" → "match run: pairs edited". */
const actionName = (a: string) => a.replace(".", ": ").replaceAll("_", " ");
const details = (d: Record<string, unknown>) =>
  Object.entries(d)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join(" · ");

export default function AuditLog() {
  return (
    <RequireSignIn>
      {(me) => (me.isAdmin ? <Log /> : <p class="status error">Only admins read the audit log.</p>)}
    </RequireSignIn>
  );
}

function Log() {
  const [action, setAction] = useState<Action | "">("");
  const [programId, setProgramId] = useState("");
  // The cursors of the pages before this one, so "Newer" goes back without the server keeping state.
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const programs = useApi(["program-list", "audit"], () => ok(api.programs.$get({ query: { pageSize: "100" } })));
  const names = new Map((programs.data?.items ?? []).map((p) => [p.id, p.name]));
  const query = {
    limit: PAGE,
    ...(action && { action }),
    ...(programId && { programId }),
    ...(cursor && { cursor }),
  };
  const log = useApi(["admin", "audit", action, programId, cursor ?? ""], () => ok(api.admin.audit.$get({ query })), {
    keepPrevious: true,
  });
  const filter = (next: () => void) => {
    next();
    setCursors([]);
  };
  const { data } = log;
  return (
    <section class="audit-log">
      <h1>Audit log</h1>
      <p>
        What organisers and admins did, newest first: imports and exports, programs made and changed, matching runs,
        pairs ended by a manager, decisions, surveys, tokens and settings. Rows are kept for the period IT set, then
        pruned.
      </p>
      <div class="audit-filters">
        <Field id="audit-action" label="Action">
          {(a) => (
            <select {...a} value={action} onChange={(e) => filter(() => setAction(e.currentTarget.value as Action))}>
              <option value="">Any action</option>
              {AUDIT_ACTIONS.map((x) => (
                <option key={x} value={x}>
                  {actionName(x)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="audit-program" label="Program">
          {(a) => (
            <select {...a} value={programId} onChange={(e) => filter(() => setProgramId(e.currentTarget.value))}>
              <option value="">Any program</option>
              {(programs.data?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Alert message={log.error} />
      {!data ? (
        !log.error && <Skeleton label="Loading the audit log" />
      ) : data.items.length === 0 ? (
        <EmptyState title="Nothing recorded">
          {action || programId
            ? "No action matches these filters; choose another action or program."
            : "Actions of organisers and admins show here as they happen."}
        </EmptyState>
      ) : (
        <>
          <Table caption="Audit log, newest first" region="Audit log" columns={COLUMNS} busy={log.fetching}>
            {data.items.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at)}</td>
                <td>{r.actor?.email ?? "Tandem (automatic)"}</td>
                <th scope="row">{actionName(r.action)}</th>
                <td>{r.programId ? (names.get(r.programId) ?? r.programId) : "—"}</td>
                <td>{r.targetId ?? "—"}</td>
                <td>{details(r.detail) || "—"}</td>
              </tr>
            ))}
          </Table>
          <p class="pager">
            {cursors.length > 0 && (
              <button type="button" class="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
                Newer
              </button>
            )}{" "}
            {data.nextCursor && (
              <button type="button" class="secondary" onClick={() => setCursors([...cursors, data.nextCursor!])}>
                Older
              </button>
            )}
          </p>
        </>
      )}
    </section>
  );
}
