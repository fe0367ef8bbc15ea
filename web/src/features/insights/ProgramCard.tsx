/** One program on the organiser's home: its numbers at a glance and the next thing to do. */
import { formatDateTime } from "../../lib/dates";
import { plural } from "../../lib/format";
import type { Overview } from "./data";

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate)}%`);

export function ProgramCard({ p }: { p: Overview }) {
  const title = `program-${p.id}`;
  const quiet = p.quiet + p.stalled;
  return (
    <li class="card program-card">
      <h2 id={title}>
        <a href={`/admin/programs/${p.id}/insights`}>{p.name}</a>
      </h2>
      <p>
        <span class="tag">{p.kind}</span>
      </p>
      <dl class="numbers">
        <div>
          <dt>Joined</dt>
          <dd>
            {p.joined}
            {p.pending > 0 && <span class="hint"> ({p.pending} pending)</span>}
          </dd>
        </div>
        <div>
          <dt>Mentees matched</dt>
          <dd>{percent(p.matchRate)}</dd>
        </div>
        <div>
          <dt>Waiting for a match</dt>
          <dd>{p.waiting}</dd>
        </div>
        <div>
          <dt>Requests waiting</dt>
          <dd>{p.requestsWaiting}</dd>
        </div>
        <div>
          <dt>Pairs gone quiet</dt>
          <dd>{quiet}</dd>
        </div>
      </dl>
      <p>
        {p.survey ? (
          <>
            Survey <strong>{p.survey.title}</strong>: {percent(p.surveyResponseRate)} answered ({p.survey.responded} of{" "}
            {plural(p.survey.invited, "person", "people")})
          </>
        ) : (
          "No survey open."
        )}
      </p>
      <p>
        {p.nextEvent ? (
          <>
            Next event: <a href={`/host/events/${p.nextEvent.id}`}>{p.nextEvent.title}</a>,{" "}
            {formatDateTime(p.nextEvent.startsAt)}
          </>
        ) : (
          "No event planned."
        )}
      </p>
      <div class="next-step">
        <p>
          <strong>Next step:</strong> {p.nextStep.text}.
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
