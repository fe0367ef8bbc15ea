/** In a program's insights: how many earned each badge, and the mentors who helped most, to thank them. */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { useApi } from "../../lib/query";
import { useT } from "./i18n";
import "../../styles/recognition.css";

export function ProgramRecognition({ id }: { id: string }) {
  const { t } = useT();
  const r = useApi(["programs", id, "recognition"], () => ok(api.programs[":id"].recognition.$get({ param: { id } })));
  return (
    <section class="card insight-recognition" aria-labelledby="recognition-heading">
      <h2 id="recognition-heading">{t("recognition.program.title")}</h2>
      <Alert message={r.error && t("recognition.program.failed", { error: r.error })}>
        <TryAgain onClick={r.reload} />
      </Alert>
      {r.data && (
        <>
          <ul class="badges">
            {r.data.badges.map((b) => (
              <li key={b.badge} class="badge" data-badge={b.badge}>
                <strong>{b.people}</strong>
                <span>{t("recognition.badge", { badge: b.badge.replace(/-/g, "_"), label: b.label })}</span>
              </li>
            ))}
          </ul>
          <h3>{t("recognition.program.top")}</h3>
          {r.data.contributors.length === 0 ? (
            <p>{t("recognition.program.none")}</p>
          ) : (
            <ol class="contributors">
              {r.data.contributors.map((c) => (
                <li key={c.personId}>
                  <strong>{c.name}</strong>
                  {t("recognition.program.contributor", {
                    completed: c.completed,
                    meetings: c.meetings,
                    kudos: c.kudos,
                  })}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
