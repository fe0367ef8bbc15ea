/**
 * One suggested mentor: who they are with what they share with the mentee highlighted, the fit score
 * and how it adds up, and adding them to (or removing them from) the mentee's choices.
 */
import { Fragment } from "preact";
import { roleLine } from "../../../lib/format";
import { reasonsSentence } from "../../../lib/reasons";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { skillWords, UNSEEN, Unseen } from "../words";
import { Shared, SharedList } from "./Shared";
import { WatchOut } from "../../../lib/WatchOut";
import type { Suggestion } from "./useSuggestions";

const criteria = (t: Translate): Record<string, string> => ({
  skills: t("matching.suggestion.criterion.skills"),
  goals: t("matching.suggestion.criterion.goals"),
  department: t("matching.suggestion.criterion.department"),
  seniority: t("matching.suggestion.criterion.seniority"),
  hours: t("matching.suggestion.criterion.hours"),
  format: t("matching.suggestion.criterion.format"),
});

export function SuggestionCard(props: {
  s: Suggestion;
  rank: number;
  next: number;
  full: boolean;
  onAdd: () => void;
  onRemove: () => void;
}) {
  const { t } = useT();
  const { s, rank, next, full, onAdd, onRemove } = props;
  const m = s.mentor;
  // Skills are the same whatever their capitals ("SQL", "sql"); each is shown as its owner wrote it.
  const sharedSkills = new Set(s.shared.skills.map((name) => name.toLowerCase()));
  const offered = m.skillsOffered
    .map((sk) => ({ text: skillWords(t, sk), shared: sharedSkills.has(sk.name.toLowerCase()) }))
    .sort((a, b) => Number(b.shared) - Number(a.shared));
  const languages = m.languages.map((l) => ({ text: l, shared: s.shared.languages.includes(l) }));
  return (
    <li class="card suggestion">
      <h3 id={`mentor-${m.id}`}>{m.name}</h3>
      <p class="hint">{roleLine(m) || "—"}</p>
      <p class="score">
        <strong>{s.score}</strong> {t("matching.suggestion.fit")}
        <span class="score-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, s.score))}%` }} />
        </span>
      </p>
      {s.reasons.length > 0 && <p class="reasons">{reasonsSentence(s.reasons)}</p>}
      <WatchOut items={s.watchOut} />
      <dl class="facts">
        <dt>{t("matching.suggestion.canHelp")}</dt>
        <dd>
          <SharedList items={offered} />
        </dd>
        <dt>{t("matching.suggestion.languages")}</dt>
        <dd>
          <SharedList items={languages} />
        </dd>
        <dt>{t("matching.suggestion.where")}</dt>
        <dd>
          {m.location && <Shared shared={s.shared.location}>{m.location}</Shared>}
          {m.location && " · "}
          <Shared shared={s.shared.timezone}>{m.timezone}</Shared>
        </dd>
        {m.yearsExperience !== null && (
          <>
            <dt>{t("matching.suggestion.experience")}</dt>
            <dd>{t("matching.suggestion.years", { count: m.yearsExperience })}</dd>
          </>
        )}
        <dt>{t("matching.suggestion.seats")}</dt>
        <dd>{m.seatsLeft}</dd>
      </dl>
      <details class="breakdown">
        <summary>
          {t("matching.suggestion.breakdown")}
          <span class="sr-only"> {t("matching.suggestion.breakdownFor", { name: m.name })}</span>
        </summary>
        <dl>
          {Object.entries(s.breakdown).map(([k, v]) => (
            <Fragment key={k}>
              <dt>{criteria(t)[k] ?? k}</dt>
              <dd>{t("matching.suggestion.points", { count: Math.round(v * 10) / 10 })}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <div class="suggestion-action">
        {rank >= 0 ? (
          <>
            <p class="chosen-as">{t("matching.suggestion.chosenAs", { rank: rank + 1 })}</p>
            <button type="button" class="secondary" id={`remove-${m.id}`} onClick={onRemove}>
              <Unseen text={t("matching.suggestion.remove", { name: UNSEEN })} hidden={m.name} />
            </button>
          </>
        ) : full ? (
          <p class="hint">{t("matching.suggestion.full", { name: m.name })}</p>
        ) : (
          <button type="button" id={`add-${m.id}`} onClick={onAdd}>
            <Unseen text={t("matching.suggestion.add", { name: UNSEEN, rank: next })} hidden={m.name} />
          </button>
        )}
      </div>
    </li>
  );
}
