/**
 * One suggested mentor: who they are with what they share with the mentee highlighted, the fit score
 * and how it adds up, and adding them to (or removing them from) the mentee's choices.
 */
import { Fragment } from "preact";
import { ordinal, plural, reasonsSentence, roleLine, skillText } from "../../../lib/format";
import { Shared, SharedList } from "./Shared";
import { WatchOut } from "../../../lib/WatchOut";
import type { Suggestion } from "./useSuggestions";

const CRITERIA: Record<string, string> = {
  skills: "Skills",
  goals: "Goals",
  department: "Department",
  seniority: "Experience",
  hours: "Working hours",
  format: "Meeting format",
};

export function SuggestionCard(props: {
  s: Suggestion;
  rank: number;
  next: number;
  full: boolean;
  onAdd: () => void;
  onRemove: () => void;
}) {
  const { s, rank, next, full, onAdd, onRemove } = props;
  const m = s.mentor;
  // Skills are the same whatever their capitals ("SQL", "sql"); each is shown as its owner wrote it.
  const sharedSkills = new Set(s.shared.skills.map((name) => name.toLowerCase()));
  const offered = m.skillsOffered
    .map((sk) => ({ text: skillText(sk), shared: sharedSkills.has(sk.name.toLowerCase()) }))
    .sort((a, b) => Number(b.shared) - Number(a.shared));
  const languages = m.languages.map((l) => ({ text: l, shared: s.shared.languages.includes(l) }));
  return (
    <li class="card suggestion">
      <h3 id={`mentor-${m.id}`}>{m.name}</h3>
      <p class="hint">{roleLine(m) || "—"}</p>
      <p class="score">
        <strong>{s.score}</strong> / 100 fit
        <span class="score-bar" aria-hidden="true">
          <span style={{ width: `${Math.max(0, Math.min(100, s.score))}%` }} />
        </span>
      </p>
      {s.reasons.length > 0 && <p class="reasons">{reasonsSentence(s.reasons)}</p>}
      <WatchOut items={s.watchOut} />
      <dl class="facts">
        <dt>Can help with</dt>
        <dd>
          <SharedList items={offered} />
        </dd>
        <dt>Languages</dt>
        <dd>
          <SharedList items={languages} />
        </dd>
        <dt>Where</dt>
        <dd>
          {m.location && <Shared shared={s.shared.location}>{m.location}</Shared>}
          {m.location && " · "}
          <Shared shared={s.shared.timezone}>{m.timezone}</Shared>
        </dd>
        {m.yearsExperience !== null && (
          <>
            <dt>Experience</dt>
            <dd>{plural(m.yearsExperience, "year")}</dd>
          </>
        )}
        <dt>Free seats</dt>
        <dd>{m.seatsLeft}</dd>
      </dl>
      <details class="breakdown">
        <summary>
          How the score adds up<span class="sr-only"> for {m.name}</span>
        </summary>
        <dl>
          {Object.entries(s.breakdown).map(([k, v]) => (
            <Fragment key={k}>
              <dt>{CRITERIA[k] ?? k}</dt>
              <dd>{plural(Math.round(v * 10) / 10, "point")}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <div class="suggestion-action">
        {rank >= 0 ? (
          <>
            <p class="chosen-as">Your {ordinal(rank + 1)} choice</p>
            <button type="button" class="secondary" id={`remove-${m.id}`} onClick={onRemove}>
              Remove <span class="sr-only">{m.name} </span>from choices
            </button>
          </>
        ) : full ? (
          <p class="hint">You have chosen three. Remove one to add {m.name}.</p>
        ) : (
          <button type="button" id={`add-${m.id}`} onClick={onAdd}>
            Add <span class="sr-only">{m.name} </span>as {ordinal(next)} choice
          </button>
        )}
      </div>
    </li>
  );
}
