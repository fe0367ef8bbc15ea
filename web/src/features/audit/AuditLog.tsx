/**
 * The audit log (admins): who did what to which program, person or entry, and when, newest first.
 * Filters by action and program; pages go back by the answer's cursor. A table, cards on a phone.
 */
import { useState } from "preact/hooks";
import { AUDIT_ACTIONS, type AuditAction } from "../../../../workers/domain/audit";
import { api, ok } from "../../lib/api";
import { formatDateTime } from "../../lib/dates";
import { Alert } from "../../lib/Alert";
import { Field } from "../../lib/Field";
import { useApi } from "../../lib/query";
import { RequireAdmin } from "../../lib/RequireSignIn";
import { Listing } from "../../lib/Loading";
import { Table } from "../../lib/Table";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";

type Action = AuditAction;
const PAGE = "50";

/** "match_run.pairs_edited" → "match run: pairs edited", in the viewer's words; a new action as the API names it. */
const actionName = (t: Translate, a: string) => {
  const names: Record<AuditAction, string> = {
    "people.imported": t("audit.action.peopleImported"),
    "people.exported": t("audit.action.peopleExported"),
    "program.created": t("audit.action.programCreated"),
    "program.edited": t("audit.action.programEdited"),
    "program.managers_changed": t("audit.action.programManagersChanged"),
    "program.link_rotated": t("audit.action.programLinkRotated"),
    "program.deleted": t("audit.action.programDeleted"),
    "matching.settings_changed": t("audit.action.matchingSettingsChanged"),
    "match_run.started": t("audit.action.matchRunStarted"),
    "match_run.pairs_edited": t("audit.action.matchRunPairsEdited"),
    "match_run.published": t("audit.action.matchRunPublished"),
    "pair.ended": t("audit.action.pairEnded"),
    "groups.formed": t("audit.action.groupsFormed"),
    "groups.member_moved": t("audit.action.groupsMemberMoved"),
    "groups.published": t("audit.action.groupsPublished"),
    "rotation.replanned": t("audit.action.rotationReplanned"),
    "rotation.swapped": t("audit.action.rotationSwapped"),
    "rotation.paused": t("audit.action.rotationPaused"),
    "rotation.resumed": t("audit.action.rotationResumed"),
    "application.decided": t("audit.action.applicationDecided"),
    "survey.added": t("audit.action.surveyAdded"),
    "survey.changed": t("audit.action.surveyChanged"),
    "scim_token.created": t("audit.action.scimTokenCreated"),
    "scim_token.revoked": t("audit.action.scimTokenRevoked"),
    "person.exported": t("audit.action.personExported"),
    "person.erased": t("audit.action.personErased"),
    "settings.changed": t("audit.action.settingsChanged"),
    "library.pinned": t("audit.action.libraryPinned"),
    "library.archived": t("audit.action.libraryArchived"),
  };
  return names[a as AuditAction] ?? a;
};
const details = (d: Record<string, unknown>) =>
  Object.entries(d)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : String(v)}`)
    .join(" · ");

export default function AuditLog() {
  const { t } = useT();
  return <RequireAdmin page={Log} denied={t("audit.adminsOnly")} />;
}

function Log() {
  const [action, setAction] = useState<Action | "">("");
  const [programId, setProgramId] = useState("");
  // The cursors of the pages before this one, so "Newer" goes back without the server keeping state.
  const [cursors, setCursors] = useState<string[]>([]);
  const { t } = useT();
  const cursor = cursors.at(-1);
  const programs = useApi(["program-list", "audit"], () => ok(api.programs.$get({ query: { pageSize: "100" } })));
  const names = new Map((programs.data?.items ?? []).map((p) => [p.id, p.name]));
  const query = {
    limit: PAGE,
    ...(action && { action }),
    ...(programId && { programId }),
    ...(cursor && { cursor }),
  };
  const log = useApi(["admin", "audit", action, programId, cursor ?? ""], () => ok(api.admin.audit.$get({ query })), {
    keepPrevious: true,
  });
  const filter = (next: () => void) => {
    next();
    setCursors([]);
  };
  const { data } = log;
  const col = {
    when: t("audit.column.when"),
    who: t("audit.column.who"),
    what: t("audit.column.what"),
    program: t("audit.column.program"),
    on: t("audit.column.on"),
    details: t("audit.column.details"),
  };
  return (
    <section class="audit-log">
      <h1>{t("audit.title")}</h1>
      <p>{t("audit.lead")}</p>
      <div class="audit-filters">
        <Field id="audit-action" label={t("audit.filter.action")}>
          {(a) => (
            <select {...a} value={action} onChange={(e) => filter(() => setAction(e.currentTarget.value as Action))}>
              <option value="">{t("audit.filter.anyAction")}</option>
              {AUDIT_ACTIONS.map((x) => (
                <option key={x} value={x}>
                  {actionName(t, x)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="audit-program" label={t("audit.filter.program")}>
          {(a) => (
            <select {...a} value={programId} onChange={(e) => filter(() => setProgramId(e.currentTarget.value))}>
              <option value="">{t("audit.filter.anyProgram")}</option>
              {(programs.data?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Alert message={log.error} />
      <Listing
        query={log}
        label={t("audit.loading")}
        empty={{
          title: t("audit.empty.title"),
          text: action || programId ? t("audit.empty.filtered") : t("audit.empty.text"),
        }}
      >
        {(items) => (
          <>
            <Table
              caption={t("audit.caption")}
              region={t("audit.title")}
              columns={Object.values(col)}
              busy={log.fetching}
            >
              {items.map((r) => (
                <tr key={r.id}>
                  <td>{formatDateTime(r.at)}</td>
                  <td>{r.actor?.email ?? t("audit.automatic")}</td>
                  <th scope="row">{actionName(t, r.action)}</th>
                  <td>{r.programId ? (names.get(r.programId) ?? r.programId) : "—"}</td>
                  <td>{r.targetId ?? "—"}</td>
                  <td>{details(r.detail) || "—"}</td>
                </tr>
              ))}
            </Table>
            <p class="pager">
              {cursors.length > 0 && (
                <button type="button" class="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
                  {t("audit.newer")}
                </button>
              )}{" "}
              {data?.nextCursor && (
                <button type="button" class="secondary" onClick={() => setCursors([...cursors, data.nextCursor!])}>
                  {t("audit.older")}
                </button>
              )}
            </p>
          </>
        )}
      </Listing>
    </section>
  );
}
