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
import { KindTag, listOf } from "./Snippet";
import { useT } from "./i18n";
import { BackLink } from "../../lib/BackLink";
import { Tag } from "../../lib/StatusTag";

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
  const { t, language } = useT();
  const e = entry.data;
  if (entry.error) return <Alert message={entry.error} />;
  if (!e) return <Skeleton />;
  const archive = async () => {
    const message = t("library.entry.archiveText");
    const title = t("library.entry.archiveTitle");
    if (await ask({ title, message, confirmLabel: t("library.entry.archiveConfirm"), danger: true })) {
      await curate.run({ archived: true });
    }
  };
  return (
    <article class="narrow library-entry">
      <BackLink href="/library" label={t("library.entry.back")} />
      <h1>{e.title}</h1>
      <p class="meta">
        <KindTag kind={e.kind} />{" "}
        {e.status !== "published" && (
          <Tag tone={toneOf(e.status)}>{t("library.entry.status", { status: e.status })}</Tag>
        )}{" "}
        {e.scope === "program" ? t("library.entry.forProgram") : t("library.entry.forEveryone")}
        {e.tags.length > 0 && ` · ${e.tags.join(" · ")}`}
        {e.authors.length > 0 &&
          ` · ${t("library.entry.by", {
            names: listOf(
              language,
              e.authors.map((a) => a.name),
            ),
          })}`}
      </p>
      {e.url && (
        <p>
          <a href={e.url} rel="noopener noreferrer" target="_blank">
            {t("library.entry.openLink")}
          </a>
        </p>
      )}
      {e.file && (
        <p>
          <a href={`/api/library/${e.id}/file`} download={e.file.name}>
            {t("library.entry.download", { name: e.file.name })}
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
            {e.pinned ? t("library.entry.unpin") : t("library.entry.pin")}
          </button>
          {e.archived ? (
            <button type="button" class="secondary" onClick={() => curate.run({ archived: false })}>
              {t("library.entry.restore")}
            </button>
          ) : (
            <button type="button" class="secondary danger" onClick={archive}>
              {t("library.entry.archive")}
            </button>
          )}
          {e.reads !== null && <p class="hint">{t("library.entry.reads", { count: e.reads })}</p>}
        </div>
      )}
      {dialog}
    </article>
  );
}
