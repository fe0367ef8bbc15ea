/**
 * The library on a mentorship's page: entries for the skills the mentee seeks, and what the pair
 * learned, turned from their meeting notes into a draft with one click, for both to approve.
 */
import "../../styles/library.css";
import { useState } from "preact/hooks";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { EmptyState } from "../../lib/EmptyState";
import { useApi, useApiChange } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { toneOf } from "../../lib/tone";
import { KnowledgeActions } from "./KnowledgeActions";
import { KIND_LABELS, Snippet } from "./Snippet";

const load = (id: string) => ok(api.mentorships[":id"].library.$get({ param: { id } }));

export function MentorshipLibrary({ mentorshipId }: { mentorshipId: string }) {
  const key = ["mentorships", mentorshipId, "library"];
  const loaded = useApi(key, () => load(mentorshipId));
  const [scope, setScope] = useState<"program" | "company">("program");
  const capture = useApiChange(
    () => ok(api.mentorships[":id"].knowledge.$post({ param: { id: mentorshipId }, json: { scope } })),
    [key],
  );
  const data = loaded.data;
  return (
    <section aria-labelledby="learned-h">
      <h2 id="learned-h">What we learned</h2>
      <Alert message={loaded.error ?? capture.error} />
      {!data ? (
        !loaded.error && <Skeleton />
      ) : (
        <>
          <ul class="cards">
            {data.knowledge.map((k) => (
              <li class="card" key={k.id}>
                <h3>
                  <a href={`/library/${k.id}`}>{k.title}</a>{" "}
                  <span class="tag" data-tone={toneOf(k.status)}>
                    {k.status}
                  </span>
                </h3>
                <KnowledgeActions entry={k} onChange={() => loaded.reload()} />
              </li>
            ))}
          </ul>
          {!data.knowledge.some((k) => k.status === "draft") && (
            <div class="capture">
              <p class="hint">Turn your meeting notes into a draft you both review before others read it.</p>
              <label>
                Share with{" "}
                <select value={scope} onChange={(e) => setScope(e.currentTarget.value as typeof scope)}>
                  <option value="program">the program</option>
                  <option value="company">the whole company</option>
                </select>
              </label>{" "}
              <button type="button" disabled={capture.busy} onClick={() => capture.run(undefined)}>
                Draft what we learned
              </button>
            </div>
          )}
          <h3>Suggested reading</h3>
          {data.suggestions.length === 0 ? (
            <EmptyState title="Nothing suggested yet">
              Entries tagged with the skills the mentee seeks show here.
            </EmptyState>
          ) : (
            <ul class="cards">
              {data.suggestions.map((h) => (
                <li class="card" key={h.id}>
                  <a href={`/library/${h.id}`}>{h.title}</a> <span class="tag">{KIND_LABELS[h.kind]}</span>
                  <Snippet text={h.snippet} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
