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
import { Listing } from "../../lib/Loading";
import { Options } from "../../lib/Field";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";

type Filters = { q: string; role: string; department: string; status: string; page: number };
const load = (id: string, f: Filters) => {
  const query: Record<string, string> = { page: String(f.page), pageSize: "25" };
  for (const k of ["q", "role", "department", "status"] as const) if (f[k]) query[k] = f[k];
  return ok(api.programs[":id"].participants.$get({ param: { id }, query }));
};
/** A participant's role in the viewer's words ("mentor" in English); an unknown one as the API sent it. */
const roleName = (t: Translate, role: string) =>
  ({
    mentor: t("programs.people.role.mentor"),
    mentee: t("programs.people.role.mentee"),
    both: t("programs.people.role.both"),
    junior: t("programs.people.role.junior"),
    senior: t("programs.people.role.senior"),
  })[role] ?? role;
const ROLES = ["mentor", "mentee", "both", "junior", "senior"];
const statusName = (t: Translate, status: string) =>
  ({
    active: t("programs.people.status.active"),
    pending: t("programs.people.status.pending"),
    withdrawn: t("programs.people.status.withdrawn"),
  })[status] ?? status;
const STATUSES = ["active", "pending", "withdrawn"];

export default function Participants() {
  return <RequireSignIn>{() => <ParticipantsView />}</RequireSignIn>;
}

function ParticipantsView() {
  const id = useRoute().params.id!;
  const { t } = useT();
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
  const col = {
    name: t("programs.people.name"),
    email: t("programs.people.email"),
    role: t("programs.people.role"),
    department: t("programs.people.department"),
    jobTitle: t("programs.people.jobTitle"),
    status: t("programs.people.status"),
  };
  const filtered = filters.q || filters.role || filters.department || filters.status;
  /** A filter to choose one of `options` ([value, text], text the value itself when left out), or any. */
  const choose = (k: "role" | "department" | "status", label: string, options: string[][]) => (
    <label>
      {label}
      <select value={filters[k]} onChange={change(k)}>
        <option value="">{t("programs.people.any")}</option>
        <Options options={options} />
      </select>
    </label>
  );

  return (
    <ProgramLayout
      tab="participants"
      heading={(name) => (name ? t("programs.people.titleOf", { name }) : t("programs.people.title"))}
    >
      {error && <p class="status error">{error}</p>}
      <div class="filters" role="search">
        <label>
          {t("programs.people.search")}
          <input
            type="search"
            value={filters.q}
            onInput={change("q")}
            placeholder={t("programs.people.searchPlaceholder")}
          />
        </label>
        {choose(
          "role",
          col.role,
          ROLES.map((r) => [r, roleName(t, r)]),
        )}
        {choose("department", col.department, data?.departments.map((d) => [d]) ?? [])}
        {choose(
          "status",
          col.status,
          STATUSES.map((s) => [s, statusName(t, s)]),
        )}
      </div>
      <Listing
        query={{ data }}
        empty={{
          title: filtered ? t("programs.people.noMatch") : t("programs.people.empty"),
          text: filtered ? t("programs.people.noMatchText") : t("programs.people.emptyText"),
        }}
      >
        {(items) => (
          <Table caption={t("programs.people.title")} class="stack" columns={Object.values(col)}>
            {items.map((p) => (
              <tr key={p.personId}>
                <td>{p.name}</td>
                <td>{p.email}</td>
                <td>{roleName(t, p.role)}</td>
                <td>{p.department}</td>
                <td>{p.title}</td>
                <td>
                  <StatusTag status={p.status}>{t("programs.people.tag", { status: p.status })}</StatusTag>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Listing>
      {data && (
        <Pager
          page={data.page}
          pageSize={data.pageSize}
          total={data.total}
          onPage={(page) => setFilters({ ...filters, page })}
        />
      )}
      <ImportPeople id={id} onDone={imported} />
      <h2>{t("programs.people.export")}</h2>
      <p>
        <a href={`/api/programs/${id}/people/export`} download>
          {t("programs.people.download")}
        </a>{" "}
        {t("programs.people.downloadNote")}
      </p>
    </ProgramLayout>
  );
}
