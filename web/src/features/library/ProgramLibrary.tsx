/**
 * A program's library for its managers: what is in it, pinned first, with how often each was opened
 * (counts, never who), and forms to add an article, a link or a file tagged with the program's skills.
 */
import "../../styles/library.css";
import { useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Cards } from "../../lib/Cards";
import { Listing } from "../../lib/Loading";
import { ProgramLayout, useProgram } from "../programs/ProgramLayout";
import { AddEntry } from "./AddEntry";
import { KindTag } from "./Snippet";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

export default function ProgramLibrary() {
  return <RequireSignIn>{() => <ProgramLibraryView />}</RequireSignIn>;
}

function ProgramLibraryView() {
  const id = useRoute().params.id!;
  const [sort, setSort] = useState<"recent" | "reads">("recent");
  const program = useProgram(id);
  const { t } = useT();
  const list = useApi(["library", "program", id, sort], () =>
    ok(api.programs[":id"].library.$get({ param: { id }, query: { sort, pageSize: "100" } })),
  );
  return (
    <ProgramLayout
      tab="library"
      heading={(name) => (name ? t("library.program.titleOf", { name }) : t("library.program.title"))}
      class="library"
    >
      <p>
        {t("library.program.introBefore")} <a href="/library">{t("library.program.introLink")}</a>{" "}
        {t("library.program.introAfter")}
      </p>
      <Alert message={list.error} />
      <label>
        {t("library.program.order")}{" "}
        <select value={sort} onChange={(e) => setSort(e.currentTarget.value as typeof sort)}>
          <option value="recent">{t("library.program.newest")}</option>
          <option value="reads">{t("library.program.mostRead")}</option>
        </select>
      </label>
      <Listing query={list} empty={{ title: t("library.program.emptyTitle"), text: t("library.program.emptyText") }}>
        {(items) => (
          <Cards label={t("library.program.entries")} items={items}>
            {(e) => (
              <>
                <a href={`/library/${e.id}`}>{e.title}</a> <KindTag kind={e.kind} />
                {e.pinned && <Tag tone="info">{t("library.program.pinned")}</Tag>}
                {e.archived && <span class="tag">{t("library.program.archived")}</span>}
                <p class="hint">
                  {t("library.program.reads", { count: e.reads ?? 0 })}
                  {e.tags.length > 0 && ` · ${e.tags.join(" · ")}`}
                </p>
              </>
            )}
          </Cards>
        )}
      </Listing>
      {program.data && <AddEntry programId={id} skills={program.data.skills} />}
    </ProgramLayout>
  );
}
