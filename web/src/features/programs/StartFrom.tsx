/**
 * Where a new program starts: from scratch, from a template (its kind, weights, surveys, meeting rhythm,
 * journey and starter resources), or as a copy of an earlier program (settings, never people).
 */
import { api, ok } from "../../lib/api";
import { Field, Options } from "../../lib/Field";
import { useApi } from "../../lib/query";
import { kindName } from "./program-fields";
import { useT } from "./i18n";

const loadTemplates = () => ok(api.programs.templates.$get());
const loadPrograms = () => ok(api.programs.$get({ query: { page: "1", pageSize: "100" } }));
type Template = Awaited<ReturnType<typeof loadTemplates>>["items"][number];

export type Start = { templateId?: Template["id"]; copyFrom?: string; name: string };

export function StartFrom({ start, onChange }: { start: Start | null; onChange: (s: Start | null) => void }) {
  const templates = useApi(["programs", "templates"], loadTemplates).data?.items ?? [];
  const programs = useApi(["programs", "list", 1], loadPrograms).data?.items ?? [];
  const { t } = useT();
  const value = start?.templateId ? `t:${start.templateId}` : start?.copyFrom ? `p:${start.copyFrom}` : "";
  const pick = (v: string) => {
    const template = templates.find((x) => `t:${x.id}` === v);
    const p = programs.find((x) => `p:${x.id}` === v);
    onChange(
      template
        ? { templateId: template.id, name: template.name }
        : p
          ? { copyFrom: p.id, name: t("programs.start.copyName", { name: p.name }) }
          : null,
    );
  };
  const chosen = templates.find((x) => x.id === start?.templateId);
  return (
    <>
      <Field id="p-start" label={t("programs.start.label")} hint={t("programs.start.hint")}>
        {(a) => (
          <select {...a} value={value} onChange={(e) => pick(e.currentTarget.value)}>
            <option value="">{t("programs.start.blank")}</option>
            <optgroup label={t("programs.start.template")}>
              <Options options={templates.map((x) => [`t:${x.id}`, x.name])} />
            </optgroup>
            {programs.length > 0 && (
              <optgroup label={t("programs.start.copy")}>
                <Options options={programs.map((p) => [`p:${p.id}`, p.name])} />
              </optgroup>
            )}
          </select>
        )}
      </Field>
      {chosen && <TemplateSummary template={chosen} />}
      {start?.copyFrom && <p class="hint">{t("programs.start.copyHint")}</p>}
    </>
  );
}

function TemplateSummary({ template }: { template: Template }) {
  const { t } = useT();
  const surveys = template.surveys.map((s) => s.title).join(", ");
  return (
    <div class="card template-summary">
      <p>{template.description}</p>
      <p class="hint">
        {t("programs.start.summary", {
          kind: kindName(t, template.kind),
          days: template.meetingEveryDays,
          surveys: surveys || t("programs.start.noSurveys"),
        })}
        {template.mentorsNeedApproval && t("programs.start.needApproval")}
      </p>
      <p>{t("programs.start.journey")}</p>
      <ul>
        {template.journey.map((s) => (
          <li key={`${s.when}${s.title}`}>
            {s.when}: {s.title}
          </li>
        ))}
      </ul>
      <p>{t("programs.start.resources")}</p>
      <ul>
        {template.resources.map((r) => (
          <li key={r.url}>
            <a href={r.url} rel="noopener noreferrer" target="_blank">
              {r.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
