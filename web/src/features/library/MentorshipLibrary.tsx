/**
 * The library on a mentorship's page: entries for the skills the mentee seeks, and what the pair
 * learned, turned from their meeting notes into a draft with one click, for both to approve.
 */
import "../../styles/library.css";
import { Alert } from "../../lib/Alert";
import { api, ok } from "../../lib/api";
import { EmptyState } from "../../lib/EmptyState";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { CapturedKnowledge } from "./CapturedKnowledge";
import { KIND_LABELS, Snippet } from "./Snippet";

const load = (id: string) => ok(api.mentorships[":id"].library.$get({ param: { id } }));

export function MentorshipLibrary({ mentorshipId }: { mentorshipId: string }) {
  const key = ["mentorships", mentorshipId, "library"];
  const loaded = useApi(key, () => load(mentorshipId));
  const draft = (scope: "program" | "company") =>
    ok(api.mentorships[":id"].knowledge.$post({ param: { id: mentorshipId }, json: { scope } }));
  const data = loaded.data;
  return (
    <section aria-labelledby="learned-h">
      <h2 id="learned-h">What we learned</h2>
      <Alert message={loaded.error} />
      {!data ? (
        !loaded.error && <Skeleton />
      ) : (
        <>
          <CapturedKnowledge
            knowledge={data.knowledge}
            draft={draft}
            invalidates={[key]}
            hint="Turn your meeting notes into a draft you both review before others read it."
            onChange={() => loaded.reload()}
          />
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
