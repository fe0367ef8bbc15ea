/** In a program's insights: how many earned each badge, and the mentors who helped most, to thank them. */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { useApi } from "../../lib/query";
import "../../styles/recognition.css";

export function ProgramRecognition({ id }: { id: string }) {
  const r = useApi(["programs", id, "recognition"], () => ok(api.programs[":id"].recognition.$get({ param: { id } })));
  return (
    <section class="card insight-recognition" aria-labelledby="recognition-heading">
      <h2 id="recognition-heading">Recognition</h2>
      <Alert message={r.error && `Recognition could not be loaded: ${r.error}`}>
        <TryAgain onClick={r.reload} />
      </Alert>
      {r.data && (
        <>
          <ul class="badges">
            {r.data.badges.map((b) => (
              <li key={b.badge} class="badge" data-badge={b.badge}>
                <strong>{b.people}</strong>
                <span>{b.label}</span>
              </li>
            ))}
          </ul>
          <h3>Top contributors</h3>
          {r.data.contributors.length === 0 ? (
            <p>No mentor has been paired yet.</p>
          ) : (
            <ol class="contributors">
              {r.data.contributors.map((c) => (
                <li key={c.personId}>
                  <strong>{c.name}</strong>: {c.completed} completed, {c.meetings} meetings, {c.kudos} thanks
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
