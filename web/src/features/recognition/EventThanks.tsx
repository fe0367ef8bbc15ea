/** After a speed event's rounds: thank someone you met there, as a pair thanks each other. */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Field, Options } from "../../lib/Field";
import { KudosForm } from "./KudosForm";
import { useT } from "./i18n";

export function EventThanks({ eventId, partners }: { eventId: string; partners: { id: string; name: string }[] }) {
  const { t } = useT();
  const [toId, setToId] = useState(partners[0]?.id ?? "");
  if (partners.length === 0) return null;
  return (
    <section class="card" aria-labelledby="ev-thanks-h">
      <h2 id="ev-thanks-h">{t("recognition.thanks.title")}</h2>
      <KudosForm
        id="ev-thanks-note"
        label={t("recognition.thanks.yourNote")}
        to={partners.find((p) => p.id === toId)?.name ?? ""}
        send={(kudos) => ok(api.kudos.$post({ json: { ...kudos, toId, eventId } }))}
      >
        {(errors) => (
          <Field id="ev-thanks-to" label={t("recognition.thanks.to")} error={errors.toId}>
            {(a) => (
              <select {...a} value={toId} onChange={(e) => setToId(e.currentTarget.value)}>
                <Options options={partners.map((p) => [p.id, p.name])} />
              </select>
            )}
          </Field>
        )}
      </KudosForm>
    </section>
  );
}
