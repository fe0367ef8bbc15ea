/**
 * The top of a participant's dashboard: the one thing to do next (`GET /api/me/next`), with a button to
 * the exact page where it is done, and what comes after it; or that nothing is due.
 */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { Skeleton } from "../../lib/Skeleton";
import { useApi } from "../../lib/query";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";

const loadNext = () => ok(api.me.next.$get());
type Step = Awaited<ReturnType<typeof loadNext>>["items"][number];

/** What the step asks, why now, and its button's words. */
function wordsOf(s: Step, t: Translate): { what: string; why: string; action: string } {
  switch (s.kind) {
    case "reply-request":
      return {
        what: t("home.next.request.what", { name: s.title }),
        why: s.dueAt ? t("home.next.request.whyDue", { date: formatDate(s.dueAt) }) : t("home.next.request.why"),
        action: t("home.next.request.action", { name: s.title }),
      };
    case "answer-survey":
      return {
        what: t("home.next.survey.what", { title: s.title }),
        why: s.dueAt ? t("home.next.survey.whyDue", { date: formatDate(s.dueAt) }) : t("home.next.survey.why"),
        action: t("home.next.survey.action"),
      };
    case "rate-cycle":
      return {
        what: t("home.next.rate.what", { cycle: s.cycle ?? "", program: s.title }),
        why: t("home.next.rate.why"),
        action: t("home.next.rate.action", { cycle: s.cycle ?? "" }),
      };
    case "do-training":
      return {
        what: t("home.next.training.what", { title: s.title }),
        why: t("home.next.training.why"),
        action: t("home.next.training.action", { title: s.title }),
      };
    case "meet":
      return {
        what: t("home.next.meet.what", { name: s.title }),
        why: s.since ? t("home.next.meet.whySince", { date: formatDate(s.since) }) : t("home.next.meet.why"),
        action: t("home.next.meet.action", { name: s.title }),
      };
  }
}

/** What to do next, loaded once for the dashboard and this card alike. */
export const useNext = () => useApi(["me", "next"], loadNext);

export function NextCard() {
  const { t } = useT();
  const next = useNext();
  if (next.error) {
    return (
      <Alert message={t("home.next.failed", { error: next.error })}>
        <TryAgain onClick={next.reload} />
      </Alert>
    );
  }
  if (!next.data) return <Skeleton label={t("home.next.loading")} cards={1} />;
  const [first, ...later] = next.data.items;
  if (!first) {
    return (
      <section class="card next-card all-set" aria-labelledby="next-heading">
        <h2 id="next-heading">{t("home.next.allSet.title")}</h2>
        <p>{t("home.next.allSet.text")}</p>
      </section>
    );
  }
  const words = wordsOf(first, t);
  return (
    <section class="card next-card" aria-labelledby="next-heading">
      <h2 id="next-heading">
        <span class="next-label">{t("home.next.label")}</span> {words.what}
      </h2>
      <p>{words.why}</p>
      <p>
        <a class="button" href={first.href}>
          {words.action}
        </a>
      </p>
      {later.length > 0 && (
        <details class="next-later">
          <summary>{t("home.next.later", { count: later.length })}</summary>
          <ul>
            {later.slice(0, 10).map((s) => (
              <li key={`${s.kind}-${s.href}`}>
                <a href={s.href}>{wordsOf(s, t).what}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
