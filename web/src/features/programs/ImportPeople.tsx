/**
 * Importing people from a CSV file into a program: the upload, the progress of a large file imported
 * in the background (polled), and the result with a per-row download.
 */
import { useEffect, useState } from "preact/hooks";
import { api, messageOf, ok, rowsOf } from "../../lib/api";
import { Status } from "../../lib/Field";
import { MailProgress } from "../../lib/MailProgress";

type ImportState = Awaited<ReturnType<typeof loadImport>>;
type RowError = { row: number; email: string; errors: string[] };

const loadImport = (id: string, importId: string) =>
  ok(api.programs[":id"].imports[":importId"].$get({ param: { id, importId } }));
const number = new Intl.NumberFormat();
const POLL_MS = 1000;
const MAIL_POLL_MS = 3000;
/** Bad rows listed on the page; all of them are in the download. */
const SHOWN_ERRORS = 50;

const working = (s: ImportState | null) => s?.status === "staging" || s?.status === "running";
/** Once live, the welcome mails go out at the provider's pace; their progress is followed too. */
const mailing = (s: ImportState | null) => s?.status === "done" && (s.welcomeMails?.waiting ?? 0) > 0;

export function ImportPeople({ id, onDone }: { id: string; onDone: () => void }) {
  const [state, setState] = useState<ImportState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rows, setRows] = useState<RowError[]>([]);
  const [sending, setSending] = useState(false);

  // While the queue imports a large file, ask for its progress every second.
  useEffect(() => {
    if (!state || !(working(state) || mailing(state))) return;
    const t = setTimeout(
      () =>
        loadImport(id, state.id).then(
          (next) => {
            setState(next);
            if (next.status === "done" && working(state)) onDone();
          },
          (e) => setError(messageOf(e)),
        ),
      working(state) ? POLL_MS : MAIL_POLL_MS,
    );
    return () => clearTimeout(t);
  }, [id, state]);

  const upload = async (e: Event) => {
    e.preventDefault();
    const file = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[type=file]")?.files?.[0];
    if (!file) return setError("Choose a CSV file first.");
    setSending(true);
    setRows([]);
    setError(null);
    setState(null);
    try {
      // The typed client sends JSON or forms; a CSV body goes through fetch directly.
      const res = (await ok(
        fetch(`/api/programs/${id}/people/import`, {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: await file.text(),
        }) as never,
      )) as ImportState;
      setState(res);
      if (res.status === "done") onDone();
    } catch (err) {
      if (rowsOf(err)) setRows(rowsOf(err)!);
      setError(messageOf(err));
    } finally {
      setSending(false);
    }
  };

  const busy = sending || working(state);
  return (
    <form onSubmit={upload} class="card">
      <h2>Import people</h2>
      <p class="hint">
        CSV with the header{" "}
        <code>
          email,name,role,department,title,location,timezone,years_experience,manager_email,languages,skills_offered,skills_sought,goals,capacity
        </code>
        . Lists use <code>;</code>, skills may carry a level (<code>sql:3</code>). Everyone is enrolled as active and
        gets a welcome email. People already in Tandem keep their profile; only an admin's import updates it. If any row
        is wrong, nothing is imported.
      </p>
      <label for="csv-file">CSV file</label>
      <input id="csv-file" type="file" accept=".csv,text/csv" />
      <button type="submit" disabled={busy}>
        {sending ? "Uploading…" : busy ? "Importing…" : "Import"}
      </button>
      {/* Always in the page, so screen readers announce the progress and the end of an import. */}
      <div class="import-progress" role="status" aria-live="polite">
        {state && working(state) && (
          <>
            <label for="import-progress">
              Importing: {number.format(state.processed)} of {number.format(state.total)} rows
            </label>
            <progress id="import-progress" max={state.total} value={state.processed} />
          </>
        )}
      </div>
      {state?.status === "done" && (
        <p class="status success">
          Imported {number.format(state.total)}: {number.format(state.created)} new, {number.format(state.updated)}{" "}
          updated, {number.format(state.enrolled)} already in Tandem enrolled with their profiles unchanged.{" "}
          <a href={state.resultUrl} download>
            Download the result (CSV)
          </a>
        </p>
      )}
      {state?.status === "done" && state.welcomeMails && (
        <div role="status" aria-live="polite">
          <MailProgress progress={state.welcomeMails} noun="welcome mails" />
        </div>
      )}
      {state?.status === "failed" && <p class="status error">{state.error}</p>}
      <Status tone="error" message={error} />
      {rows.length > 0 && <RowErrors rows={rows} />}
    </form>
  );
}

function RowErrors({ rows }: { rows: RowError[] }) {
  const [href, setHref] = useState("");
  useEffect(() => {
    const csv = ["row,email,errors", ...rows.map((r) => [r.row, r.email, r.errors.join("; ")].map(cell).join(","))];
    const url = URL.createObjectURL(new Blob([csv.join("\r\n")], { type: "text/csv" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [rows]);
  return (
    <>
      <ul class="row-errors">
        {rows.slice(0, SHOWN_ERRORS).map((r) => (
          <li key={r.row}>
            Row {r.row} ({r.email || "no email"}): {r.errors.join("; ")}
          </li>
        ))}
      </ul>
      {rows.length > SHOWN_ERRORS && <p>And {number.format(rows.length - SHOWN_ERRORS)} more rows with errors.</p>}
      <p>
        <a href={href} download="import-errors.csv">
          Download the list of errors (CSV)
        </a>
      </p>
    </>
  );
}

// A quoted CSV cell, its first character defused if a spreadsheet would run it.
const cell = (v: string | number) =>
  `"${String(v)
    .replace(/^([=+\-@])/, "'$1")
    .replace(/"/g, '""')}"`;
