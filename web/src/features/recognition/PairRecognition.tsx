/**
 * On a mentorship's page: thank the partner (optionally telling their manager by mail), and once the
 * mentorship is completed, a link to one's certificate.
 */
import { api, ok } from "../../lib/api";
import { Status } from "../../lib/Field";
import { useAction } from "../../lib/form";
import type { Mentorship } from "../mentorships/myMentorships";
import { KudosForm } from "./KudosForm";
import { useT } from "./i18n";

export function PairRecognition({ m }: { m: Mentorship }) {
  const { t } = useT();
  const certificate = useAction(async () => {
    const c = await ok(api.mentorships[":id"].certificate.$post({ param: { id: m.id } }));
    location.assign(c.path);
    return t("recognition.pair.opening");
  });
  return (
    <section class="card pair-recognition" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading">{t("recognition.thanks.title")}</h2>
      <KudosForm
        id="kudos-note"
        label={t("recognition.pair.note", { name: m.partner.name })}
        to={m.partner.name}
        send={(kudos) => ok(api.kudos.$post({ json: { ...kudos, toId: m.partner.id, mentorshipId: m.id } }))}
        invalidates={[["me", "recognition"]]}
      />
      {m.status === "completed" && (
        <div>
          <button
            type="button"
            class="secondary"
            disabled={certificate.busy}
            onClick={() => void certificate.run(undefined)}
          >
            {t("recognition.pair.certificate")}
          </button>
          <Status tone={certificate.result?.tone} message={certificate.result?.text} />
        </div>
      )}
    </section>
  );
}
