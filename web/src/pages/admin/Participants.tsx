/** A program's participants: search, filters, pages, CSV import and export. */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ApiError, messageOf, ok } from "../../api";
import { Status } from "../../components/Field";
import { Pager } from "../../components/Pager";
import { RequireSignIn } from "../../components/RequireSignIn";

type Page = Awaited<ReturnType<typeof load>>;
type Filters = { q: string; role: string; department: string; status: string; page: number };
const load = (id: string, f: Filters) => {
  const query: Record<string, string> = { page: String(f.page), pageSize: "25" };
  for (const k of ["q", "role", "department", "status"] as const) if (f[k]) query[k] = f[k];
  return ok(api.programs[":id"].participants.$get({ param: { id }, query }));
};

export default function Participants() {
  return <RequireSignIn>{() => <ParticipantsView />}</RequireSignIn>;
}

function ParticipantsView() {
  const id = useRoute().params.id!;
  const [filters, setFilters] = useState<Filters>({ q: "", role: "", department: "", status: "", page: 1 });
  const [data, setData] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [name, setName] = useState("");
  useEffect(() => {
    ok(api.programs[":id"].$get({ param: { id } })).then(
      (p) => setName(p.name),
      (e) => setError(messageOf(e)),
    );
  }, [id]);
  useEffect(() => {
    const t = setTimeout(() => load(id, filters).then(setData, (e) => setError(messageOf(e))), filters.q ? 250 : 0);
    return () => clearTimeout(t);
  }, [id, filters, version]);
  const change = (k: keyof Filters) => (e: Event) =>
    setFilters({ ...filters, [k]: (e.currentTarget as HTMLInputElement).value, page: 1 });
  const filtered = filters.q || filters.role || filters.department || filters.status;

  return (
    <section>
      <p>
        <a href={`/admin/programs/${id}`}>← {name || "Program"}</a>
        {" · "}
        <a href={`/admin/programs/${id}/matching`}>Matching</a>
      </p>
      <h1>Participants{name && ` of ${name}`}</h1>
      {error && <p class="status error">{error}</p>}
      <div class="filters" role="search">
        <label>
          Search
          <input type="search" value={filters.q} onInput={change("q")} placeholder="Name or email" />
        </label>
        <label>
          Role
          <select value={filters.role} onChange={change("role")}>
            <option value="">Any</option>
            {["mentor", "mentee", "both", "junior", "senior"].map((r) => (
              <option value={r}>{r}</option>
            ))}
          </select>
        </label>
        <label>
          Department
          <select value={filters.department} onChange={change("department")}>
            <option value="">Any</option>
            {data?.departments.map((d) => (
              <option value={d}>{d}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filters.status} onChange={change("status")}>
            <option value="">Any</option>
            <option value="active">Active</option>
            <option value="pending">Pending</option>
            <option value="withdrawn">Withdrawn</option>
          </select>
        </label>
      </div>
      {!data ? (
        <p aria-busy="true">Loading…</p>
      ) : data.items.length === 0 ? (
        <p class="empty">
          {filtered ? "Nobody matches these filters." : "No participants yet — share the sign-up link or import a CSV."}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">Participants</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Department</th>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.personId}>
                  <td>{p.name}</td>
                  <td>{p.email}</td>
                  <td>{p.role}</td>
                  <td>{p.department}</td>
                  <td>{p.title}</td>
                  <td>
                    <span class={`tag ${p.status}`}>{p.status}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && (
        <Pager
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={(page) => setFilters({ ...filters, page })}
        />
      )}
      <Import id={id} onDone={() => setVersion(version + 1)} />
      <h2>Export</h2>
      <p>
        <a href={`/api/programs/${id}/people/export`} download>
          Download participants as CSV
        </a>{" "}
        (the same columns as the import).
      </p>
    </section>
  );
}

function Import({ id, onDone }: { id: string; onDone: () => void }) {
  const [status, setStatus] = useState<{ text: string; tone: "success" | "error" } | null>(null);
  const [rows, setRows] = useState<{ row: number; email: string; errors: string[] }[]>([]);
  const [busy, setBusy] = useState(false);
  const upload = async (e: Event) => {
    e.preventDefault();
    const file = (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>("input[type=file]")?.files?.[0];
    if (!file) return setStatus({ text: "Choose a CSV file first.", tone: "error" });
    setBusy(true);
    setRows([]);
    setStatus(null);
    try {
      // The typed client sends JSON or forms; a CSV body goes through fetch directly.
      const res = ok(
        fetch(`/api/programs/${id}/people/import`, {
          method: "POST",
          headers: { "content-type": "text/csv" },
          body: await file.text(),
        }) as never,
      );
      const result = (await res) as { imported: number; created: number; updated: number };
      setStatus({
        text: `Imported ${result.imported}: ${result.created} new, ${result.updated} updated.`,
        tone: "success",
      });
      onDone();
    } catch (err) {
      if (err instanceof ApiError && err.rows) setRows(err.rows);
      setStatus({ text: messageOf(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={upload} class="card">
      <h2>Import people</h2>
      <p class="hint">
        CSV with the header{" "}
        <code>
          email,name,role,department,title,location,timezone,years_experience,manager_email,languages,skills_offered,skills_sought,goals,capacity
        </code>
        . Lists use <code>;</code>, skills may carry a level (<code>sql:3</code>). Everyone is enrolled as active and
        gets a welcome email. If any row is wrong, nothing is imported.
      </p>
      <label for="csv-file">CSV file</label>
      <input id="csv-file" type="file" accept=".csv,text/csv" />
      <button type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import"}
      </button>
      <Status tone={status?.tone} message={status?.text} />
      {rows.length > 0 && (
        <ul class="row-errors">
          {rows.map((r) => (
            <li key={r.row}>
              Row {r.row} ({r.email || "no email"}): {r.errors.join("; ")}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
