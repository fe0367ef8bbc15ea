/** Uploading the HR file of outcomes: what it holds, the file picker, the bad rows it had, or what it added. */
import { useState } from "preact/hooks";
import { rowsOf } from "../../lib/api";
import { Status } from "../../lib/Field";
import { useApiChange } from "../../lib/query";
import { RowErrors } from "../../lib/RowErrors";
import { outcomesKey, sendOutcomes } from "./data";
import { useT } from "./i18n";

/** The file's own words (its header, the event names, a date) as code, wherever a language puts them. */
const CODES = {
  header: "email,event,date",
  event: "event",
  promoted: "promoted",
  moved: "moved_internally",
  left: "left_company",
  started: "started",
  date: "date",
  example: "2025-06-01",
};
type Code = keyof typeof CODES;
// A message is text; each code stands in it as a marker that is then split out and shown as <code>.
const MARK = "\u0001";
const markers = Object.fromEntries(Object.keys(CODES).map((k) => [k, `${MARK}${k}${MARK}`]));
const withCode = (text: string) =>
  text.split(MARK).map((part, i) => (i % 2 ? <code key={i}>{CODES[part as Code] ?? part}</code> : part));

export function UploadOutcomes({ id }: { id: string }) {
  const { t } = useT();
  const [missing, setMissing] = useState<string | null>(null);
  const sent = useApiChange((csv: string) => sendOutcomes(id, csv), [outcomesKey(id)]);
  const [result, setResult] = useState<Awaited<ReturnType<typeof sendOutcomes>> | null>(null);
  const rows = rowsOf(sent.failure) ?? [];

  const upload = async (e: Event) => {
    e.preventDefault();
    const file = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[type=file]")?.files?.[0];
    setMissing(file ? null : t("outcomes.upload.chooseFile"));
    setResult(null);
    if (!file) return;
    setResult(await sent.run(await file.text()));
  };

  return (
    <form onSubmit={upload} class="card" aria-labelledby="outcomes-upload-title">
      <h2 id="outcomes-upload-title">{t("outcomes.upload.title")}</h2>
      <p class="hint">{withCode(t("outcomes.upload.hint", markers))}</p>
      <pre class="hint">
        {"email,event,date\nana.lee@acme.com,started,2024-09-02\nana.lee@acme.com,promoted,2025-06-01"}
      </pre>
      <label for="outcomes-file">{t("outcomes.upload.file")}</label>
      <input id="outcomes-file" type="file" accept=".csv,text/csv" />
      <button type="submit" disabled={sent.busy} aria-busy={sent.busy ? "true" : undefined}>
        {sent.busy ? t("outcomes.upload.uploading") : t("outcomes.upload.upload")}
      </button>
      <Status
        tone="success"
        message={
          result && t("outcomes.upload.stored", { rows: result.rows, people: result.people, added: result.added })
        }
      />
      <Status tone="error" message={missing ?? sent.error} />
      <RowErrors rows={rows} file="outcome-errors" />
    </form>
  );
}
