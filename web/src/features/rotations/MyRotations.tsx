/**
 * The person's reverse-mentoring rotations on their dashboard: this cycle's partner, who is next as
 * planned, and past partners to rate. Nothing shows for people in no reverse program.
 */
import { api, ok } from "../../lib/api";
import { Alert, TryAgain } from "../../lib/Alert";
import { PersonCard } from "../../lib/PersonCard";
import { termRange } from "../../lib/dates";
import { useApi } from "../../lib/query";

export type MyRotation = Awaited<ReturnType<typeof loadMyRotations>>["items"][number];

/** Everyone's reverse-mentoring programs, with their cycles as this person sees them. */
export const loadMyRotations = () => ok(api.me.rotations.$get());

/** "4 – 17 Jan 2027": a cycle's first and last day (cycles run from midnight UTC to midnight UTC). */
export const cycleDays = termRange;

/** Names joined for a sentence: "Ada", "Ada and Ben". */
export const names = (people: { name: string }[]) => people.map((p) => p.name).join(" and ");

/** The rotations I am in, loaded once for the dashboard and this list alike. */
export const useMyRotations = () => useApi(["me", "rotations"], loadMyRotations);

export function MyRotations() {
  const { data, error, reload } = useMyRotations();
  if (error) {
    return (
      <Alert message={`Your reverse-mentoring partners could not be loaded: ${error}`}>
        <TryAgain onClick={reload} />
      </Alert>
    );
  }
  if (!data?.items.length) return null;
  return (
    <>
      {data.items.map((r) => (
        <RotationCard key={r.programId} r={r} />
      ))}
    </>
  );
}

export function RotationCard({ r }: { r: MyRotation }) {
  const headingId = `rotation-${r.programId}`;
  const toRate = r.past.filter((p) => !p.rated);
  return (
    <section class="card rotation" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {/^reverse mentoring\b/i.test(r.programName) ? r.programName : `Reverse mentoring: ${r.programName}`}
      </h2>
      {r.paused && <p class="notice">Paused by the organisers: no cycle starts or ends until they resume.</p>}
      <h3>This cycle</h3>
      {!r.current ? (
        <p class="hint">No cycle is under way.</p>
      ) : r.current.partners.length === 0 ? (
        <p>A bye this cycle ({cycleDays(r.current.startsAt, r.current.endsAt)}): you have no partner until the next.</p>
      ) : (
        <>
          <p class="hint">
            Cycle {r.current.cycle}, {cycleDays(r.current.startsAt, r.current.endsAt)}
          </p>
          <ul class="cards">
            {r.current.partners.map((p) => (
              <PersonCard key={p.id} person={p} />
            ))}
          </ul>
          <p>
            <a href={`/api/programs/${r.programId}/rotations/${r.current.cycle}/calendar.ics`} download>
              Add the first meeting to your calendar
            </a>
          </p>
        </>
      )}
      {r.next && (
        <>
          <h3>Next</h3>
          <p>
            Cycle {r.next.cycle} ({cycleDays(r.next.startsAt, r.next.endsAt)}):{" "}
            {r.next.partners.length ? names(r.next.partners) : "a bye"}{" "}
            <span class="hint">(as planned: may change)</span>
          </p>
        </>
      )}
      {r.past.length > 0 && (
        <>
          <h3>Past partners</h3>
          <ul>
            {r.past.map((p) => (
              <li key={p.cycle}>
                Cycle {p.cycle}: {names(p.partners)}{" "}
                {p.rated ? (
                  <span class="hint">(rated)</span>
                ) : (
                  <a
                    href={`/rotations/${r.programId}/feedback/${p.cycle}`}
                    aria-label={`Rate cycle ${p.cycle} with ${names(p.partners)}`}
                  >
                    Rate
                  </a>
                )}
              </li>
            ))}
          </ul>
          {toRate.length > 0 && <p class="hint">Your ratings help the organisers plan the next cycles.</p>}
        </>
      )}
    </section>
  );
}
