/** One program on the organiser's home: its numbers at a glance and the next thing to do. */
import { formatDateTime } from "../../lib/dates";
import type { Overview } from "./data";
import { useT } from "./i18n";

export function ProgramCard({ p }: { p: Overview }) {
  const { t } = useT();
  const percent = (rate: number | null) =>
    rate === null ? "—" : t("insights.card.percent", { rate: Math.round(rate) });
  const title = `program-${p.id}`;
  const quiet = p.quiet + p.stalled;
  return (
    <li class="card program-card">
      <h2 id={title}>
        <a href={`/admin/programs/${p.id}/insights`}>{p.name}</a>
      </h2>
      <p>
        {/* ICU select keys cannot hold a hyphen ("one-to-one"). */}
        <span class="tag">{t("insights.card.kind", { kind: p.kind.replace(/-/g, "_") })}</span>
      </p>
      <dl class="numbers">
        <div>
          <dt>{t("insights.card.joined")}</dt>
          <dd>
            {p.joined}
            {p.pending > 0 && <span class="hint"> {t("insights.card.pending", { count: p.pending })}</span>}
          </dd>
        </div>
        <div>
          <dt>{t("insights.card.matched")}</dt>
          <dd>{percent(p.matchRate)}</dd>
        </div>
        <div>
          <dt>{t("insights.card.waiting")}</dt>
          <dd>{p.waiting}</dd>
        </div>
        <div>
          <dt>{t("insights.card.requests")}</dt>
          <dd>{p.requestsWaiting}</dd>
        </div>
        <div>
          <dt>{t("insights.card.quiet")}</dt>
          <dd>{quiet}</dd>
        </div>
      </dl>
      <p>
        {p.survey ? (
          <>
            {t("insights.card.survey")} <strong>{p.survey.title}</strong>
            {t("insights.card.surveyAnswered", {
              rate: percent(p.surveyResponseRate),
              responded: p.survey.responded,
              invited: p.survey.invited,
            })}
          </>
        ) : (
          t("insights.card.noSurvey")
        )}
      </p>
      <p>
        {p.nextEvent ? (
          <>
            {t("insights.card.nextEvent")} <a href={`/host/events/${p.nextEvent.id}`}>{p.nextEvent.title}</a>,{" "}
            {formatDateTime(p.nextEvent.startsAt)}
          </>
        ) : (
          t("insights.card.noEvent")
        )}
      </p>
      <div class="next-step">
        <p>
          <strong>{t("insights.card.nextStep")}</strong> {p.nextStep.text}.
        </p>
        {p.nextStep.action && p.nextStep.path && (
          <a class="button" href={p.nextStep.path} aria-describedby={title}>
            {p.nextStep.action}
          </a>
        )}
      </div>
    </li>
  );
}
