/**
 * One mentorship: who the partner is and how to reach them, why they were matched, and its actions:
 * the main one as a button, the ones that end something under "More", each asking first.
 */
import { MoreMenu, type MenuItem } from "../../lib/MoreMenu";
import { WatchOut } from "../../lib/WatchOut";
import { type Mentorship, END_REASONS, isCurrent, type EndReason } from "./myMentorships";
import { reasonsSentence, roleLine } from "../../lib/format";
import { StatusTag } from "../../lib/StatusTag";
import { formatDate } from "../../lib/dates";

const STATUS_TEXT: Record<Mentorship["status"], string> = {
  proposed: "Proposed: not started yet",
  active: "Active",
  completed: "Completed",
  ended: "Ended early",
};

export function MentorshipCard(props: {
  m: Mentorship;
  onStart: () => void;
  onComplete: () => void;
  onEnd: () => void;
  /** Withdrawing from the mentorship's program, when the dashboard offers it. */
  onWithdraw?: () => void;
}) {
  const { m, onStart, onComplete, onEnd, onWithdraw } = props;
  const more: MenuItem[] = isCurrent(m)
    ? [
        ...(m.status === "active" ? [{ label: "Mark complete", onSelect: onComplete }] : []),
        { label: "End early", onSelect: onEnd },
        ...(onWithdraw ? [{ label: `Withdraw from ${m.programName}`, onSelect: onWithdraw }] : []),
      ]
    : [];
  return (
    <li class="card mentorship">
      <h3>{m.partner.name}</h3>
      <p>
        <StatusTag status={m.status}>{STATUS_TEXT[m.status]}</StatusTag>{" "}
        <span class="tag">{m.role === "mentor" ? "You mentor them" : "Your mentor"}</span>
      </p>
      <dl class="facts">
        <dt>Program</dt>
        <dd>{m.programName}</dd>
        {m.partner.email && (
          <>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${m.partner.email}`}>{m.partner.email}</a>
            </dd>
          </>
        )}
        {roleLine(m.partner) && (
          <>
            <dt>Role</dt>
            <dd>{roleLine(m.partner)}</dd>
          </>
        )}
        <dt>Time zone</dt>
        <dd>{m.partner.timezone}</dd>
        {m.startedAt && (
          <>
            <dt>Since</dt>
            <dd>{formatDate(m.startedAt)}</dd>
          </>
        )}
        {m.endedAt && (
          <>
            <dt>{m.status === "completed" ? "Completed" : "Ended"}</dt>
            <dd>
              {formatDate(m.endedAt)}
              {m.endReason && ` (${END_REASONS[m.endReason as EndReason] ?? m.endReason})`}
            </dd>
          </>
        )}
      </dl>
      {m.reasons.length > 0 && (
        <p>
          <strong>Why you were matched:</strong> {reasonsSentence(m.reasons)}
        </p>
      )}
      <WatchOut items={m.watchOut} />
      {m.recentMilestones.length > 0 && (
        <ul class="celebrate" aria-label={`Milestones reached with ${m.partner.name}`}>
          {m.recentMilestones.map((x) => (
            <li key={`${x.goal}-${x.title}`}>
              🎉 {m.role === "mentee" ? "You" : m.partner.name} reached “{x.title}” ({x.goal}), {formatDate(x.doneAt)}
            </li>
          ))}
        </ul>
      )}
      {(m.status === "active" || m.status === "completed" || more.length > 0) && (
        <div class="actions">
          {(m.status === "active" || m.status === "completed") && (
            <a class="button" href={`/mentorships/${m.id}`}>
              Meetings and goals<span class="sr-only"> with {m.partner.name}</span>
            </a>
          )}
          {m.status === "proposed" && (
            <button type="button" onClick={onStart} aria-label={`Start your mentorship with ${m.partner.name}`}>
              Start
            </button>
          )}
          {more.length > 0 && (
            <MoreMenu label={`More actions for your mentorship with ${m.partner.name}`} items={more} />
          )}
        </div>
      )}
    </li>
  );
}
