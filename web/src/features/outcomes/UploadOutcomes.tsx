/** Uploading the HR file of outcomes: what it holds, the file picker, the bad rows it had, or what it added. */
import { useState } from "preact/hooks";
import { rowsOf } from "../../lib/api";
import { Status } from "../../lib/Field";
import { plural } from "../../lib/format";
import { useApiChange } from "../../lib/query";
import { RowErrors } from "../../lib/RowErrors";
import { outcomesKey, sendOutcomes } from "./data";

const number = new Intl.NumberFormat();

export function UploadOutcomes({ id }: { id: string }) {
  const [missing, setMissing] = useState<string | null>(null);
  const sent = useApiChange((csv: string) => sendOutcomes(id, csv), [outcomesKey(id)]);
  const [result, setResult] = useState<Awaited<ReturnType<typeof sendOutcomes>> | null>(null);
  const rows = rowsOf(sent.failure) ?? [];

  const upload = async (e: Event) => {
    e.preventDefault();
    const file = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[type=file]")?.files?.[0];
    setMissing(file ? null : "Choose a CSV file first.");
    setResult(null);
    if (!file) return;
    setResult(await sent.run(await file.text()));
  };

  return (
    <form onSubmit={upload} class="card" aria-labelledby="outcomes-upload-title">
      <h2 id="outcomes-upload-title">Upload outcomes</h2>
      <p class="hint">
        A CSV with the header <code>email,event,date</code>, one row per event: <code>event</code> is{" "}
        <code>promoted</code>, <code>moved_internally</code>, <code>left_company</code> or <code>started</code>, and{" "}
        <code>date</code> the day it happened (<code>2025-06-01</code>, not after today). Put the whole company in it,
        not only participants: everyone else in the file is the baseline the participants are compared with. A row
        already stored is kept once, so an updated export can be uploaded again. If any row is wrong, nothing is stored.
        At most 20,000 rows and 2 MB.
      </p>
      <pre class="hint">
        {"email,event,date\nana.lee@acme.com,started,2024-09-02\nana.lee@acme.com,promoted,2025-06-01"}
      </pre>
      <label for="outcomes-file">CSV file</label>
      <input id="outcomes-file" type="file" accept=".csv,text/csv" />
      <button type="submit" disabled={sent.busy} aria-busy={sent.busy ? "true" : undefined}>
        {sent.busy ? "Uploading…" : "Upload"}
      </button>
      <Status
        tone="success"
        message={
          result &&
          `Stored ${plural(result.rows, "row")} about ${plural(result.people, "person", "people")}, ${number.format(result.added)} of them new.`
        }
      />
      <Status tone="error" message={missing ?? sent.error} />
      <RowErrors rows={rows} file="outcome-errors" />
    </form>
  );
}
