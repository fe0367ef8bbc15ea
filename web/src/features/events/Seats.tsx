/** A participant's seats: the table and partners of the round under way, and every round's list. */
import { useEffect } from "preact/hooks";
import { api, ok } from "../../lib/api";
import { Loading } from "../../lib/Loading";
import { roleLine } from "../../lib/format";
import { useApi } from "../../lib/query";
import { Countdown, phaseText, type useLive } from "./live";
import { roundText } from "./seat-text";

const loadSeats = (id: string) => ok(api.events[":id"]["my-seats"].$get({ param: { id } }));

export const useSeats = (id: string) => useApi(["events", id, "my-seats"], () => loadSeats(id));
type Seats = ReturnType<typeof useSeats>;

export function LiveSeat({ live, seats }: { live: ReturnType<typeof useLive>; seats: Seats }) {
  const s = live.state;
  // The plan is made or changed as rounds go by: load the seats again when the round changes.
  useEffect(() => void seats.reload(), [s?.round, s?.phase]);
  if (!s || live.unavailable) return null;
  const seat = seats.data?.rounds.find((r) => r.round === (s.phase === "break" ? s.round + 1 : s.round));
  return (
    <section class="card ev-live" aria-labelledby="ev-now-h">
      <h2 id="ev-now-h">{phaseText(s)}</h2>
      <Countdown live={live} label={s.phase === "break" ? "Time until the next round" : "Time left in this round"} />
      {(s.phase === "round" || s.phase === "break") &&
        (!seat ? (
          <p>Your seat is not in the plan yet. Ask a host.</p>
        ) : seat.table == null ? (
          <p class="ev-table">You sit {s.phase === "break" ? "the next round" : "this round"} out.</p>
        ) : seat.partners.length === 0 ? (
          <p class="ev-table">
            {s.phase === "break" ? "Next: " : ""}Table {seat.table}, an open seat: nobody sits with you this round.
          </p>
        ) : (
          <>
            <p class="ev-table">
              {s.phase === "break" ? "Next: " : ""}Table {seat.table}
            </p>
            <ul class="ev-partners" aria-label={s.phase === "break" ? "Whom you meet next" : "Whom you meet"}>
              {seat.partners.map((p) => (
                <li key={p.id}>
                  <strong>{p.name}</strong>
                  {roleLine(p) && <div>{roleLine(p)}</div>}
                  {p.interests.length > 0 && <div class="hint">Interested in {p.interests.join(", ")}</div>}
                </li>
              ))}
            </ul>
          </>
        ))}
      {s.phase === "lobby" && <p>The hosts start the first round soon. Your table shows here.</p>}
      {s.phase === "finished" && <p>Thank you for taking part.</p>}
    </section>
  );
}

export function YourRounds({ seats }: { seats: Seats }) {
  const { data } = seats;
  return (
    <>
      <h2>Your rounds</h2>
      <Loading query={seats} />
      {!data ? null : data.rounds.length === 0 ? (
        <p class="empty">The hosts make the plan when people have checked in. Your tables show here then.</p>
      ) : (
        <ol class="ev-rounds">
          {data.rounds.map((r) => (
            <li key={r.round}>
              Round {r.round}: {roundText(r)}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
