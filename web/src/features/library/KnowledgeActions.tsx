/**
 * What an author does with captured knowledge: approve the draft (it is shared once every author has),
 * or withdraw it from the library. Both answer with the entry as it now stands.
 */
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { useApiChange } from "../../lib/query";
import { useSession } from "../../lib/session";

type Knowledge = {
  id: string;
  status: "draft" | "published" | "withdrawn";
  scope: "program" | "company";
  authors: { id: string; name: string; approved: boolean }[];
};

export function KnowledgeActions<E extends Knowledge>({ entry, onChange }: { entry: E; onChange: (e: E) => void }) {
  const { me } = useSession();
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
    const message = "Nobody but its authors will see it any more.";
    if (await ask({ title: "Withdraw it from the library?", message, confirmLabel: "Withdraw", danger: true })) {
      await act("withdraw");
    }
  };
  const audience = entry.scope === "program" ? "the program" : "the whole company";
  return (
    <div class="knowledge-actions">
      <Alert message={change.error} />
      {entry.status === "draft" && (
        <p class="hint">
          Shared with {audience} once {entry.authors.length > 2 ? "all" : "both"} of you approve. Waiting for:{" "}
          {waiting.join(" and ") || "nobody"}.
        </p>
      )}
      <div class="actions">
        {entry.status === "draft" && mine && !mine.approved && (
          <button type="button" disabled={change.busy} onClick={() => act("approve")}>
            Approve
          </button>
        )}
        {entry.status !== "withdrawn" && (
          <button type="button" class="secondary danger" disabled={change.busy} onClick={withdraw}>
            Withdraw
          </button>
        )}
      </div>
      {dialog}
    </div>
  );
}
