/** Who registered for an event, with check-in and no-show buttons for the host. */
import { api, ok } from "../../lib/api";
import { useApiChange } from "../../lib/query";
import { Alert } from "../../lib/Alert";
import type { HostedEvent, Registration } from "./HostEvent";
import { EmptyState } from "../../lib/EmptyState";
import type { Translate } from "../../lib/i18n";
import { useT } from "./i18n";
import { Tag } from "../../lib/StatusTag";

const statusOf = (t: Translate, status: string) =>
  ({
    registered: t("events.regs.status.registered"),
    present: t("events.regs.status.present"),
    "no-show": t("events.regs.status.noShow"),
    left: t("events.regs.status.left"),
  })[status];
const roleOf = (t: Translate, role: string) =>
  ({ mentor: t("events.regs.role.mentor"), mentee: t("events.regs.role.mentee") })[role] ?? role;

export function Registrations({ event, onChange }: { event: HostedEvent; onChange: (r: Registration) => void }) {
  const change = useApiChange((call: () => Promise<{ registration: Registration }>) => call());
  const { busy, error } = change;
  const { t } = useT();
  const run = async (call: () => Promise<{ registration: Registration }>) => {
    const next = await change.run(call);
    if (next) onChange(next.registration);
  };
  const checkIn = (personId: string) =>
    run(() => ok(api.events[":id"].checkin.$post({ param: { id: event.id }, json: { personId } })));
  const mark = (personId: string, status: "no-show" | "left") =>
    run(() => ok(api.events[":id"].attendance.$post({ param: { id: event.id }, json: { personId, status } })));
  const regs = event.registrations;
  const present = regs.filter((r) => r.status === "present");

  return (
    <>
      <h3>{t("events.regs.title")}</h3>
      <p>
        {event.mode === "peer"
          ? t("events.regs.countsPeer", { registered: regs.length, present: present.length })
          : t("events.regs.counts", {
              registered: regs.length,
              present: present.length,
              mentors: present.filter((r) => r.role === "mentor").length,
              mentees: present.filter((r) => r.role === "mentee").length,
            })}
      </p>
      <Alert message={error} />
      {regs.length === 0 ? (
        <EmptyState title={t("events.regs.empty.title")}>{t("events.regs.empty.text")}</EmptyState>
      ) : (
        <ul class="ev-regs" aria-label={t("events.regs.title")}>
          {regs.map((r) => (
            <li key={r.personId} class="ev-reg">
              <div>
                <strong>{r.name || r.email}</strong> {r.role !== "peer" && <span class="tag">{roleOf(t, r.role)}</span>}{" "}
                <Tag tone={r.status === "present" ? "success" : r.status === "registered" ? "neutral" : "danger"}>
                  {statusOf(t, r.status)}
                </Tag>
                {r.walkIn && <span class="tag"> {t("events.regs.walkIn")}</span>}
                {r.interests.length > 0 && <div class="hint">{r.interests.join(", ")}</div>}
              </div>
              <div class="ev-reg-actions">
                {r.status !== "present" && (
                  <button type="button" disabled={busy} onClick={() => checkIn(r.personId)}>
                    {t("events.regs.checkIn")}
                    <span class="sr-only"> {r.name}</span>
                  </button>
                )}
                {r.status === "registered" && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => mark(r.personId, "no-show")}>
                    {t("events.regs.noShow")}
                    <span class="sr-only"> {r.name}</span>
                  </button>
                )}
                {r.status === "present" && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => mark(r.personId, "left")}>
                    {t("events.regs.leftEarly")}
                    <span class="sr-only"> {r.name}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
