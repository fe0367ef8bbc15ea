/** The rotation's schedule: one card per cycle with its dates, status, pairs and byes. */
import { cycleDays } from "../MyRotations";
import { StatusTag } from "../../../lib/StatusTag";
import type { RotationData } from "./Rotation";

/** A lookup from person id to name, for whoever left since planning too. */
export const nameLookup = (rotation: RotationData) => {
  const byId = new Map(rotation.people.map((p) => [p.id, p.name]));
  return (id: string) => byId.get(id) ?? "Someone who left";
};

export function Schedule({ rotation }: { rotation: RotationData }) {
  const nameOf = nameLookup(rotation);
  return (
    <>
      <h2>Schedule</h2>
      <ol class="cards" aria-label="Cycles">
        {rotation.cycles.map((c) => (
          <li key={c.cycle} class="card">
            <h3>
              Cycle {c.cycle} <StatusTag status={c.status} />
            </h3>
            <p class="hint">{cycleDays(c.startsAt, c.endsAt)}</p>
            {c.pairs.length === 0 ? (
              <p>No pairs in this cycle.</p>
            ) : (
              <ul aria-label={`Pairs in cycle ${c.cycle}`}>
                {c.pairs.map((p) => (
                  <li key={p.juniorId}>
                    {nameOf(p.juniorId)} → {p.seniorIds.map(nameOf).join(" and ")}
                  </li>
                ))}
              </ul>
            )}
            {c.byes.length > 0 && <p>A bye this cycle: {c.byes.map(nameOf).join(", ")}</p>}
            {c.feedback.answers > 0 && (
              <p>
                Feedback: {c.feedback.average} of 5 on average ({c.feedback.answers}{" "}
                {c.feedback.answers === 1 ? "answer" : "answers"})
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
