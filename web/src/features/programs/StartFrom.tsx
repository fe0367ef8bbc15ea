/**
 * Where a new program starts: from scratch, from a template (its kind, weights, surveys, meeting rhythm,
 * journey and starter resources), or as a copy of an earlier program (settings, never people).
 */
import { api, ok } from "../../lib/api";
import { Field, Options } from "../../lib/Field";
import { useApi } from "../../lib/query";

const loadTemplates = () => ok(api.programs.templates.$get());
const loadPrograms = () => ok(api.programs.$get({ query: { page: "1", pageSize: "100" } }));
type Template = Awaited<ReturnType<typeof loadTemplates>>["items"][number];

export type Start = { templateId?: Template["id"]; copyFrom?: string; name: string };

export function StartFrom({ start, onChange }: { start: Start | null; onChange: (s: Start | null) => void }) {
  const templates = useApi(["programs", "templates"], loadTemplates).data?.items ?? [];
  const programs = useApi(["programs", "list", 1], loadPrograms).data?.items ?? [];
  const value = start?.templateId ? `t:${start.templateId}` : start?.copyFrom ? `p:${start.copyFrom}` : "";
  const pick = (v: string) => {
    const t = templates.find((x) => `t:${x.id}` === v);
    const p = programs.find((x) => `p:${x.id}` === v);
    onChange(t ? { templateId: t.id, name: t.name } : p ? { copyFrom: p.id, name: `${p.name} (copy)` } : null);
  };
  const chosen = templates.find((t) => t.id === start?.templateId);
  return (
    <>
      <Field id="p-start" label="Start from" hint="Everything stays editable after the program is created">
        {(a) => (
          <select {...a} value={value} onChange={(e) => pick(e.currentTarget.value)}>
            <option value="">A blank program</option>
            <optgroup label="A template">
              <Options options={templates.map((t) => [`t:${t.id}`, t.name])} />
            </optgroup>
            {programs.length > 0 && (
              <optgroup label="Copy an earlier program">
                <Options options={programs.map((p) => [`p:${p.id}`, p.name])} />
              </optgroup>
            )}
          </select>
        )}
      </Field>
      {chosen && <TemplateSummary t={chosen} />}
      {start?.copyFrom && (
        <p class="hint">The copy takes the program's settings, weights, surveys and journey, but nobody in it.</p>
      )}
    </>
  );
}

function TemplateSummary({ t }: { t: Template }) {
  return (
    <div class="card template-summary">
      <p>{t.description}</p>
      <p class="hint">
        {t.kind} · meet every {t.meetingEveryDays} days · surveys: {t.surveys.map((s) => s.title).join(", ") || "none"}
        {t.mentorsNeedApproval && " · mentors need approval"}
      </p>
      <p>Journey:</p>
      <ul>
        {t.journey.map((s) => (
          <li key={`${s.when}${s.title}`}>
            {s.when}: {s.title}
          </li>
        ))}
      </ul>
      <p>Starter resources:</p>
      <ul>
        {t.resources.map((r) => (
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
