/** A participant's seats: the table and partners of the round under way, and every round's list. */
import { useEffect } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Loading } from "../../lib/Loading";
import { roleLine } from "../../lib/format";
import { useApi } from "../../lib/query";
import { Countdown, phaseText, type useLive } from "./live";
import { roundText } from "./seat-text";
import { useT } from "./i18n";

const loadSeats = (id: string) => ok(api.events[":id"]["my-seats"].$get({ param: { id } }));

export const useSeats = (id: string) => useApi(["events", id, "my-seats"], () => loadSeats(id));
type Seats = ReturnType<typeof useSeats>;

export function LiveSeat({ live, seats }: { live: ReturnType<typeof useLive>; seats: Seats }) {
  const s = live.state;
  const { t } = useT();
  // The plan is made or changed as rounds go by: load the seats again when the round changes.
  useEffect(() => void seats.reload(), [s?.round, s?.phase]);
  if (!s || live.unavailable) return null;
  const seat = seats.data?.rounds.find((r) => r.round === (s.phase === "break" ? s.round + 1 : s.round));
  const next = s.phase === "break";
  return (
    <section class="card ev-live" aria-labelledby="ev-now-h">
      <h2 id="ev-now-h">{phaseText(t, s)}</h2>
      <Countdown live={live} label={next ? t("events.seat.timeToNext") : t("events.seat.timeLeft")} />
      {(s.phase === "round" || next) &&
        (!seat ? (
          <p>{t("events.seat.notPlanned")}</p>
        ) : seat.table == null ? (
          <p class="ev-table">{next ? t("events.seat.sitNextOut") : t("events.seat.sitThisOut")}</p>
        ) : seat.partners.length === 0 ? (
          <p class="ev-table">
            {next ? t("events.seat.nextOpen", { table: seat.table }) : t("events.seat.thisOpen", { table: seat.table })}
          </p>
        ) : (
          <>
            <p class="ev-table">
              {next ? t("events.seat.nextTable", { table: seat.table }) : t("events.seat.table", { table: seat.table })}
            </p>
            <ul class="ev-partners" aria-label={next ? t("events.seat.meetNext") : t("events.seat.meet")}>
              {seat.partners.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>
                  {roleLine(p) && <div>{roleLine(p)}</div>}
                  {p.interests.length > 0 && (
                    <div class="hint">{t("events.seat.interests", { interests: p.interests.join(", ") })}</div>
                  )}
                </li>
              ))}
            </ul>
          </>
        ))}
      {s.phase === "lobby" && <p>{t("events.seat.lobby")}</p>}
      {s.phase === "finished" && <p>{t("events.seat.finished")}</p>}
    </section>
  );
}

export function YourRounds({ seats }: { seats: Seats }) {
  const { data } = seats;
  const { t } = useT();
  return (
    <>
      <h2>{t("events.rounds.title")}</h2>
      <Loading query={seats} />
      {!data ? null : data.rounds.length === 0 ? (
        <p class="empty">{t("events.rounds.empty")}</p>
      ) : (
        <ol class="ev-rounds">
          {data.rounds.map((r) => (
            <li key={r.round}>{t("events.rounds.round", { round: r.round, text: roundText(t, r) })}</li>
          ))}
        </ol>
      )}
    </>
  );
}
