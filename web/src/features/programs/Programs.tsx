/** The programs an admin or manager looks after. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Pager } from "../../lib/Pager";
import { Table } from "../../lib/Table";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useApi } from "../../lib/query";
import type { Me } from "../../lib/session";
import { Listing } from "../../lib/Loading";
import { formatDay } from "../../lib/dates";
import { kindName } from "./program-fields";
import { useT } from "./i18n";

const load = (page: number) => ok(api.programs.$get({ query: { page: String(page), pageSize: "20" } }));

export default function Programs() {
  return <RequireSignIn>{(me) => <ProgramList me={me} />}</RequireSignIn>;
}

function ProgramList({ me }: { me: Me }) {
  const [page, setPage] = useState(1);
  const { data, error } = useApi(["program-list", page], () => load(page), { keepPrevious: true });
  const { t } = useT();
  const col = {
    program: t("programs.list.program"),
    kind: t("programs.list.kind"),
    dates: t("programs.list.dates"),
    active: t("programs.list.active"),
    pending: t("programs.list.pending"),
    participants: t("programs.list.participants"),
  };

  return (
    <section>
      <h1>{t("programs.list.title")}</h1>
      {me.isAdmin && (
        <p>
          <a class="button" href="/admin/programs/new">
            {t("programs.list.new")}
          </a>{" "}
          <a href="/admin/mail">{t("programs.list.mailProblems")}</a>{" "}
          <a href="/admin/audit">{t("programs.list.audit")}</a>
        </p>
      )}
      {error && <p class="status error">{error}</p>}
      <Listing
        query={{ data, error }}
        empty={{
          title: me.isAdmin ? t("programs.list.empty.admin") : t("programs.list.empty.manager"),
          text: me.isAdmin ? t("programs.list.empty.adminText") : t("programs.list.empty.managerText"),
        }}
      >
        {(items) => (
          <Table columns={Object.values(col)}>
            {items.map((p) => (
              <tr key={p.id}>
                <td>
                  <a href={`/admin/programs/${p.id}`}>{p.name}</a>
                </td>
                <td>{kindName(t, p.kind)}</td>
                <td>
                  {p.startsOn
                    ? t("programs.list.term", { from: formatDay(p.startsOn), to: p.endsOn ? formatDay(p.endsOn) : "…" })
                    : "—"}
                </td>
                <td>{p.counts.active}</td>
                <td>{p.counts.pending}</td>
                <td>
                  <a href={`/admin/programs/${p.id}/participants`}>
                    {t("programs.list.view")}
                    <span class="sr-only"> {t("programs.list.viewWhose", { name: p.name })}</span>
                  </a>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Listing>
      {data && <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />}
    </section>
  );
}
