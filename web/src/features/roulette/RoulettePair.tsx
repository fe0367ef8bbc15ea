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
import { useT } from "./i18n";

const RATINGS = [1, 2, 3, 4, 5] as const;
type Choice = { skipNext: true } | { paused: true };

export default function RoulettePair() {
  const { t, language } = useT();
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
  const names = pair && new Intl.ListFormat(language, { type: "conjunction" }).format(pair.partners.map((p) => p.name));
  return (
    <section class="narrow roulette">
      <h1>{names ? t("roulette.pair.title", { names }) : t("roulette.pair.titleAnyone")}</h1>
      <Alert message={loaded.error ?? answer.error ?? choose.error} />
      {!pair && !loaded.error && <Skeleton />}
      {pair && (
        <>
          <p>
            {t("roulette.pair.round", {
              program: pair.programName,
              day: formatDate(pair.startsAt),
              partners: pair.partners.map((p) => [p.name, p.title, p.department].filter(Boolean).join(", ")).join("; "),
            })}
          </p>
          {pair.mine.met === null ? (
            <div class="row">
              <button type="button" onClick={() => give({ met: true })} disabled={answer.busy}>
                {t("roulette.pair.met")}
              </button>
              <button type="button" class="secondary" onClick={() => give({ met: false })} disabled={answer.busy}>
                {t("roulette.pair.notMet")}
              </button>
            </div>
          ) : (
            <p class="status success" role="status">
              {pair.mine.met ? t("roulette.pair.notedMet") : t("roulette.pair.notedNotMet")}
            </p>
          )}
          {pair.mine.met && (
            <fieldset class="ratings">
              <legend>{t("roulette.pair.rating")}</legend>
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
          <h2>{t("roulette.pair.nextRounds")}</h2>
          {!token ? (
            <p>
              {t("roulette.pair.changeOn")} <a href={`/roulette/${pair.programId}`}>{t("roulette.pair.changeLink")}</a>.
            </p>
          ) : chosen ? (
            <p class="status success" role="status">
              {chosen.paused ? t("roulette.pair.pausedNow") : t("roulette.pair.skippingNext")}
            </p>
          ) : (
            <div class="row">
              <button type="button" class="secondary" onClick={() => pick({ skipNext: true })} disabled={choose.busy}>
                {t("roulette.pair.skip")}
              </button>
              <button type="button" class="secondary" onClick={() => pick({ paused: true })} disabled={choose.busy}>
                {t("roulette.pair.pause")}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
