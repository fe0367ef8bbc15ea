/**
 * A program's library for its managers: what is in it, pinned first, with how often each was opened
 * (counts, never who), and forms to add an article, a link or a file tagged with the program's skills.
 */
import "../../styles/library.css";
import { useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { EmptyState } from "../../lib/EmptyState";
import { useApi } from "../../lib/query";
import { RequireSignIn } from "../../lib/RequireSignIn";
import { Skeleton } from "../../lib/Skeleton";
import { ProgramLayout, useProgram } from "../programs/ProgramLayout";
import { AddEntry } from "./AddEntry";
import { KIND_LABELS } from "./Snippet";

export default function ProgramLibrary() {
  return <RequireSignIn>{() => <ProgramLibraryView />}</RequireSignIn>;
}

function ProgramLibraryView() {
  const id = useRoute().params.id!;
  const [sort, setSort] = useState<"recent" | "reads">("recent");
  const program = useProgram(id);
  const list = useApi(["library", "program", id, sort], () =>
    ok(api.programs[":id"].library.$get({ param: { id }, query: { sort, pageSize: "100" } })),
  );
  return (
    <ProgramLayout id={id} tab="library" heading={(name) => `Library${name && ` of ${name}`}`} class="library">
      <p>
        Guides, links and files for the program's people, and what pairs learned and chose to share. Participants find
        them under <a href="/library">Library</a> and on their mentorship's page.
      </p>
      <Alert message={list.error} />
      <label>
        Order{" "}
        <select value={sort} onChange={(e) => setSort(e.currentTarget.value as typeof sort)}>
          <option value="recent">Newest first</option>
          <option value="reads">Most read first</option>
        </select>
      </label>
      {!list.data ? (
        !list.error && <Skeleton />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No entries yet">Add the first one below.</EmptyState>
      ) : (
        <ul class="cards" aria-label="Entries">
          {list.data.items.map((e) => (
            <li class="card" key={e.id}>
              <a href={`/library/${e.id}`}>{e.title}</a> <span class="tag">{KIND_LABELS[e.kind]}</span>
              {e.pinned && (
                <span class="tag" data-tone="info">
                  pinned
                </span>
              )}
              {e.archived && <span class="tag">archived</span>}
              <p class="hint">
                Opened {e.reads ?? 0} times{e.tags.length > 0 && ` · ${e.tags.join(" · ")}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {program.data && <AddEntry programId={id} skills={program.data.skills} />}
    </ProgramLayout>
  );
}
