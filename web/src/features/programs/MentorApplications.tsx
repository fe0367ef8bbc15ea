/**
 * Mentors' applications to a program that approves its mentors, for its managers: why, experience and
 * topics, with Accept, or Decline and a reason the mentor is mailed.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { Field } from "../../lib/Field";
import { EmptyState } from "../../lib/EmptyState";
import { useApi, useApiChange } from "../../lib/query";
import { toneOf } from "../../lib/tone";
import { Section } from "../../lib/Section";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

const load = (id: string) =>
  ok(api.programs[":id"]["mentor-applications"].$get({ param: { id }, query: { pageSize: "100" } }));
type Application = Awaited<ReturnType<typeof load>>["items"][number];

export function MentorApplications({ programId }: { programId: string }) {
  const key = ["programs", programId, "mentor-applications"];
  const loaded = useApi(key, () => load(programId));
  const items = loaded.data?.items ?? [];
  const { t } = useT();
  return (
    <Section headingId="applications-h" title={t("programs.applications.title")} hint={t("programs.applications.hint")}>
      <Alert message={loaded.error} />
      {loaded.data && items.length === 0 && (
        <EmptyState title={t("programs.applications.empty")}>{t("programs.applications.emptyText")}</EmptyState>
      )}
      <ul class="cards">
        {items.map((a) => (
          <ApplicationCard key={a.id} programId={programId} a={a} invalidates={[key]} />
        ))}
      </ul>
    </Section>
  );
}

function ApplicationCard({
  programId,
  a,
  invalidates,
}: {
  programId: string;
  a: Application;
  invalidates: string[][];
}) {
  const [reason, setReason] = useState("");
  const { t } = useT();
  const deciding = useApiChange(
    (decision: "accept" | "decline") =>
      ok(
        api.programs[":id"]["mentor-applications"][":applicationId"].decide.$post({
          param: { id: programId, applicationId: a.id },
          json: { decision, reason },
        }),
      ),
    invalidates,
  );
  return (
    <li class="card">
      <h3>
        {a.name} <Tag tone={toneOf(a.status)}>{t("programs.applications.status", { status: a.status })}</Tag>
      </h3>
      <p>
        <strong>{t("programs.applications.why")}</strong> {a.why}
      </p>
      <p>
        <strong>{t("programs.applications.experience")}</strong> {a.experience}
      </p>
      {a.topics.length > 0 && <p>{t("programs.applications.topics", { topics: a.topics.join(", ") })}</p>}
      {a.reason && <p>{t("programs.applications.reason", { reason: a.reason })}</p>}
      {a.status === "pending" && (
        <>
          <Field id={`reason-${a.id}`} label={t("programs.applications.reasonLabel")} error={deciding.fields.reason}>
            {(attrs) => (
              <textarea {...attrs} rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            )}
          </Field>
          <div class="actions">
            <button type="button" disabled={deciding.busy} onClick={() => void deciding.run("accept")}>
              {t("programs.applications.accept", { name: a.name })}
            </button>
            <button
              type="button"
              class="secondary"
              disabled={deciding.busy}
              onClick={() => void deciding.run("decline")}
            >
              {t("programs.applications.decline", { name: a.name })}
            </button>
          </div>
          <Alert message={deciding.error} />
        </>
      )}
    </li>
  );
}
