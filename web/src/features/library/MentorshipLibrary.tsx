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
import { KindTag, Snippet } from "./Snippet";
import { useT } from "./i18n";

const load = (id: string) => ok(api.mentorships[":id"].library.$get({ param: { id } }));

export function MentorshipLibrary({ mentorshipId }: { mentorshipId: string }) {
  const { t } = useT();
  const key = ["mentorships", mentorshipId, "library"];
  const loaded = useApi(key, () => load(mentorshipId));
  const draft = (scope: "program" | "company") =>
    ok(api.mentorships[":id"].knowledge.$post({ param: { id: mentorshipId }, json: { scope } }));
  const data = loaded.data;
  return (
    <section aria-labelledby="learned-h">
      <h2 id="learned-h">{t("library.pair.title")}</h2>
      <Alert message={loaded.error} />
      {!data ? (
        !loaded.error && <Skeleton />
      ) : (
        <>
          <CapturedKnowledge
            knowledge={data.knowledge}
            draft={draft}
            invalidates={[key]}
            hint={t("library.pair.hint")}
            onChange={() => loaded.reload()}
          />
          <h3>{t("library.pair.suggested")}</h3>
          {data.suggestions.length === 0 ? (
            <EmptyState title={t("library.pair.noneTitle")}>{t("library.pair.noneText")}</EmptyState>
          ) : (
            <ul class="cards">
              {data.suggestions.map((h) => (
                <li class="card" key={h.id}>
                  <a href={`/library/${h.id}`}>{h.title}</a> <KindTag kind={h.kind} />
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
