/** The rotation's schedule: one card per cycle with its dates, status, pairs and byes. */
import { cycleDays } from "../MyRotations";
import { StatusTag } from "../../../lib/StatusTag";
import type { RotationData } from "./Rotation";
import { useT } from "../i18n";
import { names } from "../MyRotations";

/** A lookup from person id to name, for whoever left since planning too. */
const nameLookup = (rotation: RotationData, gone: string) => {
  const byId = new Map(rotation.people.map((p) => [p.id, p.name]));
  return (id: string) => byId.get(id) ?? gone;
};

export function Schedule({ rotation }: { rotation: RotationData }) {
  const { t, language } = useT();
  const nameOf = nameLookup(rotation, t("rotations.schedule.gone"));
  // A lookup rather than an ICU select: "under way" holds a space, which select keys may not.
  const statusText: Record<string, string> = {
    planned: t("rotations.schedule.planned"),
    "under way": t("rotations.schedule.underWay"),
    done: t("rotations.schedule.done"),
    skipped: t("rotations.schedule.skipped"),
  };
  return (
    <>
      <h2>{t("rotations.schedule.title")}</h2>
      <ol class="cards" aria-label={t("rotations.schedule.cycles")}>
        {rotation.cycles.map((c) => (
          <li key={c.cycle} class="card">
            <h3>
              {t("rotations.schedule.cycle", { cycle: c.cycle })}{" "}
              <StatusTag status={c.status}>{statusText[c.status] ?? c.status}</StatusTag>
            </h3>
            <p class="hint">{cycleDays(c.startsAt, c.endsAt)}</p>
            {c.pairs.length === 0 ? (
              <p>{t("rotations.schedule.noPairs")}</p>
            ) : (
              <ul aria-label={t("rotations.schedule.pairs", { cycle: c.cycle })}>
                {c.pairs.map((p) => (
                  <li key={p.juniorId}>
                    {nameOf(p.juniorId)} →{" "}
                    {names(
                      language,
                      p.seniorIds.map((s) => ({ name: nameOf(s) })),
                    )}
                  </li>
                ))}
              </ul>
            )}
            {c.byes.length > 0 && <p>{t("rotations.schedule.byes", { names: c.byes.map(nameOf).join(", ") })}</p>}
            {c.feedback.answers > 0 && (
              <p>{t("rotations.schedule.feedback", { average: c.feedback.average ?? 0, count: c.feedback.answers })}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
