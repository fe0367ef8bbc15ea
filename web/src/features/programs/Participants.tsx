/** A program's participants: search, filters, pages, CSV import and export. */
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Pager } from "../../lib/Pager";
import { Table } from "../../lib/Table";
import { ProgramLayout } from "./ProgramLayout";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useApi, useQueryClient } from "../../lib/query";
import { StatusTag } from "../../lib/StatusTag";
import { ImportPeople } from "./ImportPeople";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";
import { Options } from "../../lib/Field";

type Filters = { q: string; role: string; department: string; status: string; page: number };
const load = (id: string, f: Filters) => {
  const query: Record<string, string> = { page: String(f.page), pageSize: "25" };
  for (const k of ["q", "role", "department", "status"] as const) if (f[k]) query[k] = f[k];
  return ok(api.programs[":id"].participants.$get({ param: { id }, query }));
};
const ROLES = ["mentor", "mentee", "both", "junior", "senior"].map((r) => [r]);
const STATUSES = [
  ["active", "Active"],
  ["pending", "Pending"],
  ["withdrawn", "Withdrawn"],
];

export default function Participants() {
  return <RequireSignIn>{() => <ParticipantsView />}</RequireSignIn>;
}

function ParticipantsView() {
  const id = useRoute().params.id!;
  const [filters, setFilters] = useState<Filters>({ q: "", role: "", department: "", status: "", page: 1 });
  // Typing in the search waits for a pause before asking; every other filter asks at once.
  const [asked, setAsked] = useState(filters);
  useEffect(() => {
    const t = setTimeout(() => setAsked(filters), filters.q ? 250 : 0);
    return () => clearTimeout(t);
  }, [filters]);
  const { data, error } = useApi(["programs", id, "participants", asked], () => load(id, asked), {
    keepPrevious: true,
  });
  const client = useQueryClient();
  const imported = () => client.invalidateQueries({ queryKey: ["programs", id] });
  const change = (k: keyof Filters) => (e: Event) =>
    setFilters({ ...filters, [k]: (e.currentTarget as HTMLInputElement).value, page: 1 });
  const filtered = filters.q || filters.role || filters.department || filters.status;
  /** A filter to choose one of `options` ([value, text], text the value itself when left out), or any. */
  const choose = (k: "role" | "department" | "status", label: string, options: string[][]) => (
    <label>
      {label}
      <select value={filters[k]} onChange={change(k)}>
        <option value="">Any</option>
        <Options options={options} />
      </select>
    </label>
  );

  return (
    <ProgramLayout id={id} tab="participants" heading={(name) => `Participants${name && ` of ${name}`}`}>
      {error && <p class="status error">{error}</p>}
      <div class="filters" role="search">
        <label>
          Search
          <input type="search" value={filters.q} onInput={change("q")} placeholder="Name or email" />
        </label>
        {choose("role", "Role", ROLES)}
        {choose("department", "Department", data?.departments.map((d) => [d]) ?? [])}
        {choose("status", "Status", STATUSES)}
      </div>
      {!data ? (
        <Skeleton />
      ) : data.items.length === 0 ? (
        <EmptyState title={filtered ? "Nobody matches these filters" : "No participants yet"}>
          {filtered
            ? "Clear a filter or search for less to see more people."
            : "Share the program's sign-up link, or import people from your HR system as a CSV above."}
        </EmptyState>
      ) : (
        <Table
          caption="Participants"
          class="stack"
          columns={["Name", "Email", "Role", "Department", "Title", "Status"]}
        >
          {data.items.map((p) => (
            <tr key={p.personId}>
              <td data-label="Name">{p.name}</td>
              <td data-label="Email">{p.email}</td>
              <td data-label="Role">{p.role}</td>
              <td data-label="Department">{p.department}</td>
              <td data-label="Title">{p.title}</td>
              <td data-label="Status">
                <StatusTag status={p.status} />
              </td>
            </tr>
          ))}
        </Table>
      )}
      {data && (
        <Pager
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={(page) => setFilters({ ...filters, page })}
        />
      )}
      <ImportPeople id={id} onDone={imported} />
      <h2>Export</h2>
      <p>
        <a href={`/api/programs/${id}/people/export`} download>
          Download participants as CSV
        </a>{" "}
        (the same columns as the import).
      </p>
    </ProgramLayout>
  );
}
