/**
 * The library: search everything you may read (ranked, forgiving small typos), narrowed by skill and
 * program; the words typed stay in the address, so a search can be shared and comes back on Back.
 */
import "../../styles/library.css";
import { useLocation } from "preact-iso";
import { useState } from "preact/hooks";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { EmptyState } from "../../lib/EmptyState";
import { Options } from "../../lib/Field";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { useSession } from "../../lib/session";
import { Skeleton } from "../../lib/Skeleton";
import { KindTag, Snippet } from "./Snippet";
import { useT } from "./i18n";

export default function Library() {
  return <RequireSignIn>{() => <LibraryView />}</RequireSignIn>;
}

function LibraryView() {
  const { query, route, path } = useLocation();
  const { me } = useSession();
  const { t } = useT();
  const [q, setQ] = useState(query.q ?? "");
  const asked = { q: query.q ?? "", skill: query.skill ?? "", programId: query.programId ?? "" };
  const programs = (me?.enrollments ?? [])
    .filter((e) => e.status === "active")
    .map((e) => ({ id: e.programId, name: e.program.name, skills: e.program.skills }));
  const skills = [...new Set(programs.flatMap((p) => p.skills))];
  const { data, error } = useApi(
    ["library", asked],
    () =>
      ok(
        api.library.$get({
          query: {
            q: asked.q,
            ...(asked.skill ? { skill: asked.skill } : {}),
            ...(asked.programId ? { programId: asked.programId } : {}),
          },
        }),
      ),
    { keepPrevious: true },
  );
  const go = (next: Partial<typeof asked>) => {
    const params = new URLSearchParams(Object.entries({ ...asked, ...next }).filter(([, v]) => v));
    route(`${path}${params.size ? `?${params}` : ""}`);
  };
  return (
    <section class="library">
      <h1>{t("library.search.title")}</h1>
      <form
        role="search"
        class="library-search"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q });
        }}
      >
        <label for="library-q">{t("library.search.label")}</label>
        <input id="library-q" type="search" value={q} maxLength={200} onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit">{t("library.search.submit")}</button>
      </form>
      <div class="library-filters">
        {skills.length > 0 && (
          <label>
            {t("library.search.skill")}{" "}
            <select value={asked.skill} onChange={(e) => go({ skill: e.currentTarget.value })}>
              <option value="">{t("library.search.anySkill")}</option>
              <Options options={skills.map((s) => [s])} />
            </select>
          </label>
        )}
        {programs.length > 1 && (
          <label>
            {t("library.search.program")}{" "}
            <select value={asked.programId} onChange={(e) => go({ programId: e.currentTarget.value })}>
              <option value="">{t("library.search.allPrograms")}</option>
              <Options options={programs.map((p) => [p.id, p.name])} />
            </select>
          </label>
        )}
      </div>
      <Alert message={error} />
      {!data ? (
        !error && <Skeleton />
      ) : data.length === 0 ? (
        <EmptyState title={asked.q ? t("library.search.nothing") : t("library.search.empty")}>
          {asked.q ? t("library.search.nothingText") : t("library.search.emptyText")}
        </EmptyState>
      ) : (
        <ul class="cards library-hits" aria-label={t("library.search.results")}>
          {data.map((h) => (
            <li class="card" key={h.id}>
              <h2>
                <a href={`/library/${h.id}`}>{h.title}</a>
              </h2>
              <p class="meta">
                <KindTag kind={h.kind} /> {h.tags.join(" · ")}
              </p>
              <Snippet text={h.snippet} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
