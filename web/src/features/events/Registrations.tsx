/** Who registered for an event, with check-in and no-show buttons for the host. */
import { plural } from "../../lib/text";
import { api, ok } from "../../lib/api";
import { useApiChange } from "../../lib/query";
import { Alert } from "../../lib/Alert";
import type { HostedEvent, Registration } from "./HostEvent";
import { EmptyState } from "../../lib/EmptyState";

const STATUS: Record<string, string> = {
  registered: "Registered",
  present: "Checked in",
  "no-show": "No-show",
  left: "Left",
};

export function Registrations({ event, onChange }: { event: HostedEvent; onChange: (r: Registration) => void }) {
  const change = useApiChange((call: () => Promise<{ registration: Registration }>) => call());
  const { busy, error } = change;
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
      <h3>Registrations</h3>
      <p>
        {regs.length} registered · {present.length} checked in
        {event.mode === "peer"
          ? ""
          : ` (${plural(present.filter((r) => r.role === "mentor").length, "mentor")}, ${plural(present.filter((r) => r.role === "mentee").length, "mentee")})`}
      </p>
      <Alert message={error} />
      {regs.length === 0 ? (
        <EmptyState title="Nobody has registered yet">
          Share the event's link; registrations show here as they come in.
        </EmptyState>
      ) : (
        <ul class="ev-regs" aria-label="Registrations">
          {regs.map((r) => (
            <li key={r.personId} class="ev-reg">
              <div>
                <strong>{r.name || r.email}</strong> {r.role !== "peer" && <span class="tag">{r.role}</span>}{" "}
                <span
                  class="tag"
                  data-tone={r.status === "present" ? "success" : r.status === "registered" ? "neutral" : "danger"}
                >
                  {STATUS[r.status]}
                </span>
                {r.walkIn && <span class="tag"> walk-in</span>}
                {r.interests.length > 0 && <div class="hint">{r.interests.join(", ")}</div>}
              </div>
              <div class="ev-reg-actions">
                {r.status !== "present" && (
                  <button type="button" disabled={busy} onClick={() => checkIn(r.personId)}>
                    Check in<span class="sr-only"> {r.name}</span>
                  </button>
                )}
                {r.status === "registered" && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => mark(r.personId, "no-show")}>
                    No-show<span class="sr-only"> {r.name}</span>
                  </button>
                )}
                {r.status === "present" && (
                  <button type="button" class="secondary" disabled={busy} onClick={() => mark(r.personId, "left")}>
                    Left early<span class="sr-only"> {r.name}</span>
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
