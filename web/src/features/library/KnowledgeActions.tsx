/**
 * What an author does with captured knowledge: approve the draft (it is shared once every author has),
 * or withdraw it from the library. Both answer with the entry as it now stands.
 */
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { useApiChange } from "../../lib/query";
import { useSession } from "../../lib/session";
import { useT } from "./i18n";
import { listOf } from "./Snippet";

type Knowledge = {
  id: string;
  status: "draft" | "published" | "withdrawn";
  scope: "program" | "company";
  authors: { id: string; name: string; approved: boolean }[];
};

export function KnowledgeActions<E extends Knowledge>({ entry, onChange }: { entry: E; onChange: (e: E) => void }) {
  const { me } = useSession();
  const { t, language } = useT();
  const { ask, dialog } = useConfirm();
  const param = { param: { id: entry.id } };
  const change = useApiChange(
    (action: "approve" | "withdraw") =>
      ok(action === "approve" ? api.knowledge[":id"].approve.$post(param) : api.knowledge[":id"].withdraw.$post(param)),
    [["library"], ["mentorships"]],
  );
  const act = async (action: "approve" | "withdraw") => {
    const next = await change.run(action);
    if (next) onChange({ ...entry, ...next });
  };
  const mine = entry.authors.find((a) => a.id === me?.person.id);
  const waiting = entry.authors.filter((a) => !a.approved).map((a) => a.name);
  const withdraw = async () => {
    const message = t("library.actions.withdrawText");
    const title = t("library.actions.withdrawTitle");
    if (await ask({ title, message, confirmLabel: t("library.actions.withdrawConfirm"), danger: true })) {
      await act("withdraw");
    }
  };
  return (
    <div class="knowledge-actions">
      <Alert message={change.error} />
      {entry.status === "draft" && (
        <p class="hint">
          {t("library.actions.waiting", {
            scope: entry.scope,
            count: entry.authors.length,
            names: waiting.length ? listOf(language, waiting) : t("library.actions.nobody"),
          })}
        </p>
      )}
      <div class="actions">
        {entry.status === "draft" && mine && !mine.approved && (
          <button type="button" disabled={change.busy} onClick={() => act("approve")}>
            {t("library.actions.approve")}
          </button>
        )}
        {entry.status !== "withdrawn" && (
          <button type="button" class="secondary danger" disabled={change.busy} onClick={withdraw}>
            {t("library.actions.withdraw")}
          </button>
        )}
      </div>
      {dialog}
    </div>
  );
}
