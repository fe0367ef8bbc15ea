/**
 * The page a roulette introduction's link opens: who you meet, "we met" (or not) and an optional 1–5
 * rating, and one click to skip the next round or pause. Opening the link changes nothing (mail scanners
 * open links); no sign-in needed, since the link is this person's alone.
 */
import { useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Alert } from "../../lib/Alert";
import { formatDate } from "../../lib/dates";
import { useApi, useApiChange } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";

const RATINGS = [1, 2, 3, 4, 5] as const;
type Choice = { skipNext: true } | { paused: true };

export default function RoulettePair() {
  const { params, query } = useRoute();
  const pairId = params.pairId ?? "";
  const token = query.token ?? "";
  const loaded = useApi(["roulette", pairId], () =>
    ok(api.roulette[":pairId"].$get({ param: { pairId }, query: token ? { token } : {} })),
  );
  const answer = useApiChange((json: { met: boolean; rating?: number }) =>
    ok(api.roulette[":pairId"].met.$post({ param: { pairId }, json: { ...json, ...(token && { token }) } })),
  );
  const choose = useApiChange((choice: Choice) =>
    ok(api.roulette[":pairId"].preferences.$put({ param: { pairId }, json: { token, ...choice } })),
  );
  const [chosen, setChosen] = useState<{ paused: boolean } | null>(null);
  const pick = async (choice: Choice) => setChosen(await choose.run(choice));
  const pair = loaded.data;
  const give = async (json: { met: boolean; rating?: number }) => {
    const next = await answer.run(json);
    if (next) loaded.set(next);
  };
  const names = pair?.partners.map((p) => p.name).join(" and ");
  return (
    <section class="narrow roulette">
      <h1>{names ? `You and ${names}` : "Your roulette partner"}</h1>
      <Alert message={loaded.error ?? answer.error ?? choose.error} />
      {!pair && !loaded.error && <Skeleton />}
      {pair && (
        <>
          <p>
            {pair.programName}, the round of {formatDate(pair.startsAt)}:{" "}
            {pair.partners.map((p) => [p.name, p.title, p.department].filter(Boolean).join(", ")).join("; ")}.
          </p>
          {pair.mine.met === null ? (
            <div class="row">
              <button type="button" onClick={() => give({ met: true })} disabled={answer.busy}>
                We met
              </button>
              <button type="button" class="secondary" onClick={() => give({ met: false })} disabled={answer.busy}>
                We did not meet
              </button>
            </div>
          ) : (
            <p class="status success" role="status">
              {pair.mine.met ? "Noted: you met." : "Noted: you did not meet this time."}
            </p>
          )}
          {pair.mine.met && (
            <fieldset class="ratings">
              <legend>How was it? (optional, only the organisers see it)</legend>
              {RATINGS.map((r) => (
                <button
                  type="button"
                  key={r}
                  class={pair.mine.rating === r ? undefined : "secondary"}
                  aria-pressed={pair.mine.rating === r}
                  onClick={() => give({ met: true, rating: r })}
                  disabled={answer.busy}
                >
                  {r}
                </button>
              ))}
            </fieldset>
          )}
          <h2>Next rounds</h2>
          {!token ? (
            <p>
              Skip a round, pause or change how often on your <a href={`/roulette/${pair.programId}`}>roulette page</a>.
            </p>
          ) : chosen ? (
            <p class="status success" role="status">
              {chosen.paused ? "Paused: you are in no round until you resume." : "You sit out the next round."}
            </p>
          ) : (
            <div class="row">
              <button type="button" class="secondary" onClick={() => pick({ skipNext: true })} disabled={choose.busy}>
                Skip the next round
              </button>
              <button type="button" class="secondary" onClick={() => pick({ paused: true })} disabled={choose.busy}>
                Pause
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
