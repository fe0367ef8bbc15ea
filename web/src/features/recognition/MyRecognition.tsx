/** On the profile: the badges someone earned and the thank-you notes they received. */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { useApi } from "../../lib/query";
import { useT } from "./i18n";
import "../../styles/recognition.css";

const load = () => ok(api.me.recognition.$get());

export function MyRecognition() {
  const { t } = useT();
  const r = useApi(["me", "recognition"], load);
  if (r.error) {
    return (
      <Alert message={t("recognition.mine.failed", { error: r.error })}>
        <TryAgain onClick={r.reload} />
      </Alert>
    );
  }
  if (!r.data || (r.data.badges.length === 0 && r.data.kudos.length === 0)) return null;
  const { badges, kudos } = r.data;
  return (
    <section class="recognition" aria-labelledby="recognition-heading">
      <h2 id="recognition-heading">{t("recognition.mine.title")}</h2>
      {badges.length > 0 && (
        <ul class="badges">
          {badges.map((b) => (
            <li key={`${b.programId}-${b.badge}`} class="badge" data-badge={b.badge}>
              <strong>{t("recognition.badge", { badge: b.badge.replace(/-/g, "_"), label: b.label })}</strong>
              <span>
                {b.programName} · {formatDate(b.earnedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {kudos.length > 0 && (
        <ul class="kudos">
          {kudos.map((k) => (
            <li key={k.id} class="card">
              <blockquote>{k.note}</blockquote>
              <p class="hint">
                {k.fromName}
                {k.programName ? `, ${k.programName}` : ""} · {formatDate(k.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
