/**
 * One library entry: its text (HTML the server rendered from Markdown and sanitised), its link or file,
 * its authors. Its program's managers pin and archive it; the authors of captured knowledge edit a
 * draft, approve or withdraw it here too.
 */
import "../../styles/library.css";
import { useRoute } from "preact-iso";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { useConfirm } from "../../lib/confirm";
import { useApi, useApiChange } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { toneOf } from "../../lib/tone";
import { EditDraft } from "./EditDraft";
import { KnowledgeActions } from "./KnowledgeActions";
import { KIND_LABELS } from "./Snippet";
import { BackLink } from "../../lib/BackLink";

export default function LibraryEntry() {
  return <RequireSignIn>{() => <EntryView />}</RequireSignIn>;
}

const load = (id: string) => ok(api.library[":id"].$get({ param: { id } }));

function EntryView() {
  const { id } = useRoute().params as { id: string };
  const entry = useApi(["library", "entry", id], () => load(id));
  const curate = useApiChange(
    (json: { pinned?: boolean; archived?: boolean }) => ok(api.library[":id"].$patch({ param: { id }, json })),
    [["library"]],
  );
  const { ask, dialog } = useConfirm();
  const e = entry.data;
  if (entry.error) return <Alert message={entry.error} />;
  if (!e) return <Skeleton />;
  const archive = async () => {
    const message = "It leaves the library and its search; you can restore it here.";
    if (await ask({ title: "Archive this entry?", message, confirmLabel: "Archive", danger: true })) {
      await curate.run({ archived: true });
    }
  };
  return (
    <article class="narrow library-entry">
      <BackLink href="/library" label="Library" />
      <h1>{e.title}</h1>
      <p class="meta">
        <span class="tag">{KIND_LABELS[e.kind]}</span>{" "}
        {e.status !== "published" && (
          <span class="tag" data-tone={toneOf(e.status)}>
            {e.status}
          </span>
        )}{" "}
        {e.scope === "program" ? "For the program's people" : "For everyone"}
        {e.tags.length > 0 && ` · ${e.tags.join(" · ")}`}
        {e.authors.length > 0 && ` · by ${e.authors.map((a) => a.name).join(" and ")}`}
      </p>
      {e.url && (
        <p>
          <a href={e.url} rel="noopener noreferrer" target="_blank">
            Open the link
          </a>
        </p>
      )}
      {e.file && (
        <p>
          <a href={`/api/library/${e.id}/file`} download={e.file.name}>
            Download {e.file.name}
          </a>
        </p>
      )}
      {/* Rendered and sanitised by the server (features/library/markdown): no script or handler survives. */}
      <div class="prose" dangerouslySetInnerHTML={{ __html: e.html }} />
      {e.isAuthor && e.kind === "knowledge" && <KnowledgeActions entry={e} onChange={entry.set} />}
      {e.isAuthor && e.kind === "knowledge" && e.status === "draft" && (
        <EditDraft key={e.body} entry={e} onSaved={entry.set} />
      )}
      {e.canManage && (
        <div class="actions">
          <Alert message={curate.error} />
          <button
            type="button"
            class="secondary"
            disabled={curate.busy}
            onClick={async () => {
              const next = await curate.run({ pinned: !e.pinned });
              if (next) entry.set({ ...e, ...next });
            }}
          >
            {e.pinned ? "Unpin" : "Pin to the top"}
          </button>
          {e.archived ? (
            <button type="button" class="secondary" onClick={() => curate.run({ archived: false })}>
              Restore
            </button>
          ) : (
            <button type="button" class="secondary danger" onClick={archive}>
              Archive
            </button>
          )}
          {e.reads !== null && <p class="hint">Opened {e.reads} times.</p>}
        </div>
      )}
      {dialog}
    </article>
  );
}
