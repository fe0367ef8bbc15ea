/** The programs an admin or manager looks after. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Pager } from "../../lib/Pager";
import { Table } from "../../lib/Table";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useApi } from "../../lib/query";
import type { Me } from "../../lib/session";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";

const load = (page: number) => ok(api.programs.$get({ query: { page: String(page), pageSize: "20" } }));

export default function Programs() {
  return <RequireSignIn>{(me) => <ProgramList me={me} />}</RequireSignIn>;
}

function ProgramList({ me }: { me: Me }) {
  const [page, setPage] = useState(1);
  const { data, error } = useApi(["program-list", page], () => load(page), { keepPrevious: true });

  return (
    <section>
      <h1>Programs</h1>
      {me.isAdmin && (
        <p>
          <a class="button" href="/admin/programs/new">
            New program
          </a>{" "}
          <a href="/admin/mail">Mail problems</a> <a href="/admin/audit">Audit log</a>
        </p>
      )}
      {error && <p class="status error">{error}</p>}
      {!data ? (
        !error && <Skeleton />
      ) : data.items.length === 0 ? (
        <EmptyState title={me.isAdmin ? "No programs yet" : "No programs to manage yet"}>
          {me.isAdmin
            ? "Create the first one with New program, then share its sign-up link."
            : "When an admin makes you a program's manager, it shows here."}
        </EmptyState>
      ) : (
        <Table columns={["Program", "Kind", "Dates", "Active", "Pending", "Participants"]}>
          {data.items.map((p) => (
            <tr key={p.id}>
              <td>
                <a href={`/admin/programs/${p.id}`}>{p.name}</a>
              </td>
              <td>{p.kind}</td>
              <td>{p.startsOn ? `${p.startsOn} – ${p.endsOn ?? "…"}` : "—"}</td>
              <td>{p.counts.active}</td>
              <td>{p.counts.pending}</td>
              <td>
                <a href={`/admin/programs/${p.id}/participants`}>
                  View<span class="sr-only"> participants of {p.name}</span>
                </a>
              </td>
            </tr>
          ))}
        </Table>
      )}
      {data && <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}
