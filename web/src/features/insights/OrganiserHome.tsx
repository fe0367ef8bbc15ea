/** The organiser's home: each program they run as a card, with its numbers and its next step. */
import { useState } from "preact/hooks";
import { Loading } from "../../lib/Loading";
import { Pager } from "../../lib/Pager";
import { useApi } from "../../lib/query";
import type { Me } from "../../lib/session";
import { ProgramCard } from "./ProgramCard";
import { loadOverview } from "./data";
import { useT } from "./i18n";
import "../../styles/insights.css";

export function OrganiserHome({ me }: { me: Me }) {
  const { t } = useT();
  const [page, setPage] = useState(1);
  const programs = useApi(["insights", "home", page], () => loadOverview(page), { keepPrevious: true });
  const data = programs.data;
  return (
    <section class="organiser-home" aria-labelledby="organiser-title">
      <h1 id="organiser-title">{t("insights.home.title")}</h1>
      <p>
        <a href="/admin/programs">{me.isAdmin ? t("insights.home.manage") : t("insights.home.youManage")}</a> ·{" "}
        <a href="/admin/insights">{t("insights.home.sideBySide")}</a>
      </p>
      <Loading query={programs} failed={t("insights.home.failed")} label={t("insights.home.loading")} />
      {!data ? null : data.total === 0 ? (
        <p class="empty">
          {t("insights.home.empty")}{" "}
          {me.isAdmin ? <a href="/admin/programs/new">{t("insights.home.create")}</a> : t("insights.home.whenManager")}
        </p>
      ) : (
        <>
          <ul class="cards program-cards">
            {data.items.map((p) => (
              <ProgramCard key={p.id} p={p} />
            ))}
          </ul>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
      {me.enrollments.length === 0 && (
        <p>
          <a href="/profile">{t("insights.home.editProfile")}</a>
        </p>
      )}
    </section>
  );
}
