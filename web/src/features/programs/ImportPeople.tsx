/**
 * Importing people from a CSV file into a program: the upload, the progress of a large file imported
 * in the background (polled), and the result with a per-row download.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api, ok, rowsOf } from "../../lib/api";
import { Status } from "../../lib/Field";
import { MailProgress } from "../../lib/MailProgress";
import { RowErrors } from "../../lib/RowErrors";
import { useApi, useApiChange, useQueryClient } from "../../lib/query";
import { Slotted, slot } from "./Slotted";
import { useT } from "./i18n";

type ImportState = Awaited<ReturnType<typeof loadImport>>;

const loadImport = (id: string, importId: string) =>
  ok(api.programs[":id"].imports[":importId"].$get({ param: { id, importId } }));
// The typed client builds JSON or form bodies only; the file goes as the raw text/csv body instead.
const sendCsv = (id: string, csv: string) =>
  ok(
    api.programs[":id"].people.import.$post(
      { param: { id } },
      {
        headers: { "content-type": "text/csv" },
        init: { body: csv },
      },
    ),
  );
const POLL_MS = 1000;
const MAIL_POLL_MS = 3000;

const working = (s: ImportState | null) => s?.status === "staging" || s?.status === "running";
/** Once live, the welcome mails go out at the provider's pace; their progress is followed too. */
const mailing = (s: ImportState | null) => s?.status === "done" && (s.welcomeMails?.waiting ?? 0) > 0;

export function ImportPeople({ id, onDone }: { id: string; onDone: () => void }) {
  const [importId, setImportId] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  // Only the upload's answer says which rows were left out: nothing of those people is kept to say it later.
  const [skipped, setSkipped] = useState<{ row: number; reason: string }[]>([]);
  const client = useQueryClient();
  const { t } = useT();
  const sent = useApiChange((csv: string) => sendCsv(id, csv));
  // While the queue imports a large file, its progress is asked every second; then the mails' pace.
  const followed = useApi(["programs", id, "imports", importId], () => loadImport(id, importId!), {
    enabled: !!importId,
    // The upload's answer is news: the first poll comes a second after it, not at once.
    staleTime: POLL_MS,
    refetchInterval: (s) => (working(s ?? null) ? POLL_MS : mailing(s ?? null) ? MAIL_POLL_MS : false),
  });
  const state = importId ? followed.data : null;
  const error = missing ?? sent.error ?? followed.error;
  const rows = rowsOf(sent.failure) ?? [];
  // The participants reload once, when an import ends (at once, or after the queue's last step).
  const finished = useRef<string | null>(null);
  useEffect(() => {
    if (state?.status !== "done" || finished.current === state.id) return;
    finished.current = state.id;
    onDone();
  }, [state?.id, state?.status]);

  const upload = async (e: Event) => {
    e.preventDefault();
    const file = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[type=file]")?.files?.[0];
    setMissing(file ? null : t("programs.import.noFile"));
    if (!file) return;
    setImportId(null);
    setSkipped([]);
    const res = await sent.run(await file.text());
    if (!res) return;
    setSkipped(res.skipped ?? []);
    client.setQueryData(["programs", id, "imports", res.id], res);
    setImportId(res.id);
  };
  const sending = sent.busy;

  const busy = sending || working(state);
  return (
    <form onSubmit={upload} class="card">
      <h2>{t("programs.import.title")}</h2>
      <p class="hint">
        <Slotted
          text={t("programs.import.hint", {
            header: slot("header"),
            semicolon: slot("semicolon"),
            level: slot("level"),
          })}
          parts={{
            header: (
              <code>
                email,name,role,department,title,location,timezone,years_experience,manager_email,languages,skills_offered,skills_sought,goals,capacity
              </code>
            ),
            semicolon: <code>;</code>,
            level: <code>sql:3</code>,
          }}
        />
      </p>
      <label for="csv-file">{t("programs.import.file")}</label>
      <input id="csv-file" type="file" accept=".csv,text/csv" />
      <button type="submit" disabled={busy}>
        {sending ? t("programs.import.uploading") : busy ? t("programs.import.importing") : t("programs.import.submit")}
      </button>
      {/* Always in the page, so screen readers announce the progress and the end of an import. */}
      <div class="import-progress" role="status" aria-live="polite">
        {state && working(state) && (
          <>
            <label for="import-progress">
              {t("programs.import.progress", { processed: state.processed, total: state.total })}
            </label>
            <progress id="import-progress" max={state.total} value={state.processed} />
          </>
        )}
      </div>
      {state?.status === "done" && (
        <p class="status success">
          {t("programs.import.done", {
            total: state.total,
            created: state.created,
            updated: state.updated,
            enrolled: state.enrolled,
          })}{" "}
          <a href={state.resultUrl} download>
            {t("programs.import.result")}
          </a>
        </p>
      )}
      {state?.status === "done" && state.welcomeMails && (
        <div role="status" aria-live="polite">
          <MailProgress progress={state.welcomeMails} noun={t("programs.import.welcomeMails")} />
        </div>
      )}
      {skipped.length > 0 && (
        <p class="status">
          {t("programs.import.skipped", {
            count: skipped.length,
            rows: skipped.map((s) => s.row).join(", "),
            reason: skipped[0]!.reason,
          })}
        </p>
      )}
      {state?.status === "failed" && <p class="status error">{state.error}</p>}
      <Status tone="error" message={error} />
      <RowErrors rows={rows} file="import-errors" />
    </form>
  );
}
