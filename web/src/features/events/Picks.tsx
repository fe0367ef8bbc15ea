/**
 * After the event: tick whom you would like to keep meeting, among the people you met. A pick both
 * ways is mutual: you see each other's email, and at a mentoring event the host's program (if any)
 * proposes a mentorship to you both.
 */
import { useState } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { useApi, useApiChange } from "../../lib/query";
import type { LiveState } from "./live";
import { roundsOver } from "./seat-text";
import type { useSeats } from "./Seats";
import { useT } from "./i18n";

/** Shown once the person's rounds are over (a pick before is refused anyway). */
export function PickPartners(props: { id: string; seats: ReturnType<typeof useSeats>; live: LiveState | null }) {
  return roundsOver(props.seats.data, props.live) ? <Picker id={props.id} seats={props.seats} /> : null;
}

function Picker({ id, seats }: { id: string; seats: ReturnType<typeof useSeats> }) {
  const loaded = useApi(["events", id, "picks"], () => ok(api.events[":id"].picks.$get({ param: { id } })));
  const saving = useApiChange((personIds: string[]) =>
    ok(api.events[":id"].picks.$put({ param: { id }, json: { personIds } })),
  );
  const saved = loaded.data;
  // Until the person ticks a box, the ticks are the picks saved before.
  const [ticked, setChosen] = useState<Set<string> | null>(null);
  const chosen = ticked ?? new Set(saved?.picks);
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useT();
  const met = new Map((seats.data?.rounds ?? []).flatMap((r) => r.partners).map((p) => [p.id, p]));
  if (met.size === 0) return null;

  const save = async (e: Event) => {
    e.preventDefault();
    const p = await saving.run([...chosen]);
    if (!p) return;
    loaded.set(p);
    setMessage(
      p.mutual.length
        ? t("events.picks.savedMutual", {
            names: p.mutual.map((m) => met.get(m)?.name).join(", "),
            count: p.mutual.length,
          })
        : t("events.picks.saved"),
    );
  };

  return (
    <section class="card ev-picks" aria-labelledby="ev-picks-h">
      <h2 id="ev-picks-h">{t("events.picks.title")}</h2>
      <form onSubmit={save}>
        <fieldset>
          <legend>{t("events.picks.met")}</legend>
          {[...met.values()].map((p) => (
            <label key={p.id} class="ev-choice">
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if ((e.target as HTMLInputElement).checked) next.add(p.id);
                  else next.delete(p.id);
                  setChosen(next);
                }}
              />
              {p.name}
              {saved?.mutual.includes(p.id) && <span class="tag"> {t("events.picks.pickedYou")}</span>}
            </label>
          ))}
        </fieldset>
        <button type="submit">{t("events.picks.save")}</button>
      </form>
      {saved && saved.contacts.length > 0 && (
        <>
          <h3>{t("events.picks.contacts")}</h3>
          <ul>
            {saved.contacts.map((c) => (
              <li key={c.id}>
                {c.name}: <a href={`mailto:${c.email}`}>{c.email}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {message && (
        <p class="status success" role="status">
          {message}
        </p>
      )}
      <Alert message={saving.error ?? loaded.error} />
    </section>
  );
}
