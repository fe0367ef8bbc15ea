/**
 * One mentorship: who the partner is and how to reach them, why they were matched, and its actions:
 * the main one as a button, the ones that end something under "More", each asking first.
 */
import { MoreMenu, type MenuItem } from "../../lib/MoreMenu";
import { WatchOut } from "../../lib/WatchOut";
import { type Mentorship, isCurrent } from "./myMentorships";
import { useT } from "./i18n";
import { EndReasonText } from "./EndReasonText";
import { roleLine } from "../../lib/format";
import { reasonsSentence } from "../../lib/reasons";
import { StatusTag } from "../../lib/StatusTag";
import { formatDate } from "../../lib/dates";

export function MentorshipCard(props: {
  m: Mentorship;
  onStart: () => void;
  onComplete: () => void;
  onEnd: () => void;
  /** Withdrawing from the mentorship's program, when the dashboard offers it. */
  onWithdraw?: () => void;
}) {
  const { m, onStart, onComplete, onEnd, onWithdraw } = props;
  const { t } = useT();
  const more: MenuItem[] = isCurrent(m)
    ? [
        ...(m.status === "active" ? [{ label: t("mentorships.card.markComplete"), onSelect: onComplete }] : []),
        { label: t("mentorships.card.endEarly"), onSelect: onEnd },
        ...(onWithdraw
          ? [{ label: t("mentorships.card.withdraw", { program: m.programName }), onSelect: onWithdraw }]
          : []),
      ]
    : [];
  return (
    <li class="card mentorship">
      <h3>{m.partner.name}</h3>
      <p>
        <StatusTag status={m.status}>{t("mentorships.card.status", { status: m.status })}</StatusTag>{" "}
        <span class="tag">
          {m.role === "mentor" ? t("mentorships.card.youMentor") : t("mentorships.card.yourMentor")}
        </span>
      </p>
      <dl class="facts">
        <dt>{t("mentorships.card.program")}</dt>
        <dd>{m.programName}</dd>
        {m.partner.email && (
          <>
            <dt>{t("mentorships.card.email")}</dt>
            <dd>
              <a href={`mailto:${m.partner.email}`}>{m.partner.email}</a>
            </dd>
          </>
        )}
        {roleLine(m.partner) && (
          <>
            <dt>{t("mentorships.card.role")}</dt>
            <dd>{roleLine(m.partner)}</dd>
          </>
        )}
        <dt>{t("mentorships.card.timezone")}</dt>
        <dd>{m.partner.timezone}</dd>
        {m.startedAt && (
          <>
            <dt>{t("mentorships.card.since")}</dt>
            <dd>{formatDate(m.startedAt)}</dd>
          </>
        )}
        {m.endedAt && (
          <>
            <dt>{m.status === "completed" ? t("mentorships.card.completed") : t("mentorships.card.ended")}</dt>
            <dd>
              {formatDate(m.endedAt)}
              {m.endReason && (
                <>
                  {" ("}
                  <EndReasonText reason={m.endReason} />)
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {m.reasons.length > 0 && (
        <p>
          <strong>{t("mentorships.card.why")}</strong> {reasonsSentence(m.reasons)}
        </p>
      )}
      <WatchOut items={m.watchOut} />
      {m.recentMilestones.length > 0 && (
        <ul class="celebrate" aria-label={t("mentorships.card.milestones", { name: m.partner.name })}>
          {m.recentMilestones.map((x) => (
            <li key={`${x.goal}-${x.title}`}>
              🎉{" "}
              {m.role === "mentee"
                ? t("mentorships.card.youReached", { title: x.title, goal: x.goal, date: formatDate(x.doneAt) })
                : t("mentorships.card.partnerReached", {
                    name: m.partner.name,
                    title: x.title,
                    goal: x.goal,
                    date: formatDate(x.doneAt),
                  })}
            </li>
          ))}
        </ul>
      )}
      {(m.status === "active" || m.status === "completed" || more.length > 0) && (
        <div class="actions">
          {(m.status === "active" || m.status === "completed") && (
            <a class="button" href={`/mentorships/${m.id}`}>
              {t("mentorships.card.open")}
              <span class="sr-only"> {t("mentorships.card.openWith", { name: m.partner.name })}</span>
            </a>
          )}
          {m.status === "proposed" && (
            <button
              type="button"
              onClick={onStart}
              aria-label={t("mentorships.card.startLabel", { name: m.partner.name })}
            >
              {t("mentorships.card.start")}
            </button>
          )}
          {more.length > 0 && <MoreMenu label={t("mentorships.card.more", { name: m.partner.name })} items={more} />}
        </div>
      )}
    </li>
  );
}
