/**
 * The mentee's goals: short- and long-term, with milestones to tick (a reached one is celebrated), and
 * comments from both. Only the mentee changes goals; the mentor reads and comments.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { formatDate, formatDay } from "../../lib/dates";
import type { Mentorship } from "./myMentorships";
import { useApi, useApiChange } from "../../lib/query";
import { GoalForm } from "./GoalForm";
import { PairPanel } from "./PairPanel";
import { EmptyState } from "../../lib/EmptyState";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

type Goal = Awaited<ReturnType<typeof load>>["items"][number];
const load = (id: string) => ok(api.mentorships[":id"].goals.$get({ param: { id } }));

export function Goals({ m }: { m: Mentorship }) {
  const { t } = useT();
  const loaded = useApi(["mentorships", m.id, "goals"], () => load(m.id));
  const goals = loaded.data?.items ?? null;
  const changing = useApiChange((call: () => Promise<{ items: Goal[] }>) => call());
  const error = changing.error ?? loaded.error;
  const [cheer, setCheer] = useState<string | null>(null);
  const mentee = m.role === "mentee";
  const run = async (call: () => Promise<{ items: Goal[] }>, message?: string) => {
    const next = await changing.run(call);
    if (!next) return;
    loaded.set(next);
    if (message) setCheer(message);
  };
  return (
    <PairPanel id="goals" title={t("mentorships.goals.title")} query={{ data: goals, error }} done={cheer}>
      {!goals ? null : goals.length === 0 ? (
        <EmptyState title={t("mentorships.goals.emptyTitle")}>
          {mentee ? t("mentorships.goals.emptyMentee") : t("mentorships.goals.emptyMentor")}
        </EmptyState>
      ) : (
        (["short", "long"] as const).map((h) => {
          const mine = goals.filter((g) => g.horizon === h);
          return mine.length ? (
            <div key={h}>
              <h3>{h === "short" ? t("mentorships.goals.short") : t("mentorships.goals.long")}</h3>
              <ul class="cards">
                {mine.map((g) => (
                  <GoalCard key={g.id} goal={g} mentee={mentee} run={run} />
                ))}
              </ul>
            </div>
          ) : null;
        })
      )}
      {mentee && m.status === "active" && (
        <GoalForm
          onSave={(json) =>
            run(() => ok(api.mentorships[":id"].goals.$post({ param: { id: m.id }, json })), t("mentorships.goals.set"))
          }
        />
      )}
    </PairPanel>
  );
}

function GoalCard(props: {
  goal: Goal;
  mentee: boolean;
  run: (call: () => Promise<{ items: Goal[] }>, message?: string) => Promise<void>;
}) {
  const { goal: g, mentee, run } = props;
  const { t } = useT();
  const [comment, setComment] = useState("");
  const reached = g.milestones.filter((s) => s.doneAt).length;
  return (
    <li class="card">
      <h4>
        {g.title} {g.doneAt && <Tag tone="success">{t("mentorships.goals.reachedTag")}</Tag>}
      </h4>
      {g.details && <p>{g.details}</p>}
      <p class="hint">
        {g.dueOn && `${t("mentorships.goals.due", { date: formatDay(g.dueOn) })} · `}
        {t("mentorships.goals.progress", { reached, count: g.milestones.length })}
      </p>
      {g.milestones.length > 0 && (
        <fieldset>
          <legend>{t("mentorships.goals.milestones")}</legend>
          {g.milestones.map((s) => (
            <div class="choice" key={s.id}>
              <input
                type="checkbox"
                id={`ms-${s.id}`}
                checked={!!s.doneAt}
                disabled={!mentee}
                onChange={(e) => {
                  const done = e.currentTarget.checked;
                  void run(
                    () => ok(api.milestones[":id"].$patch({ param: { id: s.id }, json: { done } })),
                    done ? t("mentorships.goals.milestoneReached", { title: s.title }) : undefined,
                  );
                }}
              />
              <label for={`ms-${s.id}`}>
                {s.title}
                {s.dueOn && ` ${t("mentorships.goals.by", { date: formatDay(s.dueOn) })}`}
                {s.doneAt && ` — ${t("mentorships.goals.reachedOn", { date: formatDate(s.doneAt) })}`}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {mentee && !g.doneAt && (
        <button
          type="button"
          class="secondary"
          onClick={() =>
            run(
              () => ok(api.goals[":id"].$patch({ param: { id: g.id }, json: { done: true } })),
              t("mentorships.goals.goalReached", { title: g.title }),
            )
          }
        >
          {t("mentorships.goals.markReached")}
          <span class="sr-only">: {g.title}</span>
        </button>
      )}
      {g.comments.length > 0 && (
        <ul aria-label={t("mentorships.goals.comments", { title: g.title })}>
          {g.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong>: {c.body}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => ok(api.goals[":id"].comments.$post({ param: { id: g.id }, json: { body: comment } }))).then(
            () => setComment(""),
          );
        }}
      >
        <label for={`cm-${g.id}`}>{t("mentorships.goals.comment")}</label>
        <input id={`cm-${g.id}`} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        <button type="submit" class="secondary">
          {t("mentorships.goals.addComment")}
          <span class="sr-only"> {t("mentorships.goals.addCommentOn", { title: g.title })}</span>
        </button>
      </form>
    </li>
  );
}
