/**
 * The person's reverse-mentoring rotations on their dashboard: this cycle's partner, who is next as
 * planned, and past partners to rate. Nothing shows for people in no reverse program.
 */
import { api, ok } from "../../lib/api";
import { PersonCard } from "../../lib/PersonCard";
import { termRange } from "../../lib/dates";
import { WhenAny } from "../../lib/Loading";
import { useApi } from "../../lib/query";
import { useT } from "./i18n";

export type MyRotation = Awaited<ReturnType<typeof loadMyRotations>>["items"][number];

/** Everyone's reverse-mentoring programs, with their cycles as this person sees them. */
export const loadMyRotations = () => ok(api.me.rotations.$get());

/** "4 – 17 Jan 2027": a cycle's first and last day (cycles run from midnight UTC to midnight UTC). */
export const cycleDays = termRange;

/** Names joined for a sentence, as the viewer's language lists them: "Ada", "Ada and Ben". */
export const names = (language: string, people: { name: string }[]) =>
  new Intl.ListFormat(language, { type: "conjunction" }).format(people.map((p) => p.name));

/** The rotations I am in, loaded once for the dashboard and this list alike. */
export const useMyRotations = () => useApi(["me", "rotations"], loadMyRotations);

export function MyRotations() {
  const { t } = useT();
  return (
    <WhenAny query={useMyRotations()} failed={(error) => t("rotations.mine.loadFailed", { error })}>
      {(items) => items.map((r) => <RotationCard key={r.programId} r={r} />)}
    </WhenAny>
  );
}

export function RotationCard({ r }: { r: MyRotation }) {
  const { t, language } = useT();
  const headingId = `rotation-${r.programId}`;
  const toRate = r.past.filter((p) => !p.rated);
  return (
    <section class="card rotation" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {/^reverse mentoring\b/i.test(r.programName)
          ? r.programName
          : t("rotations.card.title", { name: r.programName })}
      </h2>
      {r.paused && <p class="notice">{t("rotations.card.paused")}</p>}
      <h3>{t("rotations.card.thisCycle")}</h3>
      {!r.current ? (
        <p class="hint">{t("rotations.card.noCycle")}</p>
      ) : r.current.partners.length === 0 ? (
        <p>{t("rotations.card.bye", { days: cycleDays(r.current.startsAt, r.current.endsAt) })}</p>
      ) : (
        <>
          <p class="hint">
            {t("rotations.card.cycle", {
              cycle: r.current.cycle,
              days: cycleDays(r.current.startsAt, r.current.endsAt),
            })}
          </p>
          <ul class="cards">
            {r.current.partners.map((p) => (
              <PersonCard key={p.id} person={p} />
            ))}
          </ul>
          <p>
            <a href={`/api/programs/${r.programId}/rotations/${r.current.cycle}/calendar.ics`} download>
              {t("rotations.card.calendar")}
            </a>
          </p>
        </>
      )}
      {r.next && (
        <>
          <h3>{t("rotations.card.next")}</h3>
          <p>
            {t("rotations.card.nextCycle", { cycle: r.next.cycle, days: cycleDays(r.next.startsAt, r.next.endsAt) })}{" "}
            {r.next.partners.length ? names(language, r.next.partners) : t("rotations.card.aBye")}{" "}
            <span class="hint">{t("rotations.card.asPlanned")}</span>
          </p>
        </>
      )}
      {r.past.length > 0 && (
        <>
          <h3>{t("rotations.card.past")}</h3>
          <ul>
            {r.past.map((p) => (
              <li key={p.cycle}>
                {t("rotations.card.pastCycle", { cycle: p.cycle, names: names(language, p.partners) })}{" "}
                {p.rated ? (
                  <span class="hint">{t("rotations.card.rated")}</span>
                ) : (
                  <a
                    href={`/rotations/${r.programId}/feedback/${p.cycle}`}
                    aria-label={t("rotations.card.rateLabel", { cycle: p.cycle, names: names(language, p.partners) })}
                  >
                    {t("rotations.card.rate")}
                  </a>
                )}
              </li>
            ))}
          </ul>
          {toRate.length > 0 && <p class="hint">{t("rotations.card.ratingsHelp")}</p>}
        </>
      )}
    </section>
  );
}
