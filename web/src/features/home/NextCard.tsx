/**
 * The top of a participant's dashboard: the one thing to do next (`GET /api/me/next`), with a button to
 * the exact page where it is done, and what comes after it; or that nothing is due.
 */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { Skeleton } from "../../lib/Skeleton";
import { useApi } from "../../lib/query";

const loadNext = () => ok(api.me.next.$get());
type Step = Awaited<ReturnType<typeof loadNext>>["items"][number];

/** What the step asks, why now, and its button's words. */
function wordsOf(s: Step): { what: string; why: string; action: string } {
  switch (s.kind) {
    case "reply-request":
      return {
        what: `${s.title} asked you to be their mentor`,
        why: s.dueAt
          ? `Answer by ${formatDate(s.dueAt)}; after that the request moves on to their next choice.`
          : "They are waiting for your answer.",
        action: `Answer ${s.title}'s request`,
      };
    case "answer-survey":
      return {
        what: `Answer “${s.title}”`,
        why: s.dueAt ? `It is open until ${formatDate(s.dueAt)} and takes a few minutes.` : "It takes a few minutes.",
        action: "Answer the survey",
      };
    case "rate-cycle":
      return {
        what: `Rate cycle ${s.cycle} of ${s.title}`,
        why: "How useful were the conversations? Your rating helps plan the next cycles.",
        action: `Rate cycle ${s.cycle}`,
      };
    case "do-training":
      return {
        what: `Finish “${s.title}”`,
        why: "Your program asks for it before you are matched; it takes a few minutes.",
        action: `Open “${s.title}”`,
      };
    case "meet":
      return {
        what: `Plan your next meeting with ${s.title}`,
        why: s.since
          ? `Nothing is planned, and you last met on ${formatDate(s.since)}.`
          : "You have not met yet: a first half hour to get to know each other is a good start.",
        action: `Plan a meeting with ${s.title}`,
      };
  }
}

/** What to do next, loaded once for the dashboard and this card alike. */
export const useNext = () => useApi(["me", "next"], loadNext);

export function NextCard() {
  const next = useNext();
  if (next.error) {
    return (
      <Alert message={`What to do next could not be loaded: ${next.error}`}>
        <TryAgain onClick={next.reload} />
      </Alert>
    );
  }
  if (!next.data) return <Skeleton label="Loading what to do next" cards={1} />;
  const [first, ...later] = next.data.items;
  if (!first) {
    return (
      <section class="card next-card all-set" aria-labelledby="next-heading">
        <h2 id="next-heading">You're all set</h2>
        <p>
          Nothing needs you right now — no request to answer, no survey open, and every mentorship has a meeting
          planned.
        </p>
      </section>
    );
  }
  const words = wordsOf(first);
  return (
    <section class="card next-card" aria-labelledby="next-heading">
      <h2 id="next-heading">
        <span class="next-label">Next</span> {words.what}
      </h2>
      <p>{words.why}</p>
      <p>
        <a class="button" href={first.href}>
          {words.action}
        </a>
      </p>
      {later.length > 0 && (
        <details class="next-later">
          <summary>Then {later.length === 1 ? "one more thing" : `${later.length} more things`} to do</summary>
          <ul>
            {later.slice(0, 10).map((s) => (
              <li key={`${s.kind}-${s.href}`}>
                <a href={s.href}>{wordsOf(s).what}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
