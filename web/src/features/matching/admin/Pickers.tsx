/**
 * Choosing the other side of an edit: a mentor for an unmatched mentee (assign), or another pair of the
 * run (swap). Both list the mentors' seats from the run's mentors list and disable whom the API would refuse.
 */
import { useMemo, useState } from "preact/hooks";
import type { Translate } from "../../../lib/i18n";
import { useT } from "../i18n";
import { FIRST_VIEW, loadRun, loadRunMentors, type Pair, type RunMentor } from "./data";
import { PersonPicker, type Option } from "./PersonPicker";
import { useApi } from "../../../lib/query";

type Common = {
  programId: string;
  runId: string;
  busy: boolean;
  error: string | null;
  onSubmit: (id: string) => void;
  onCancel: () => void;
};

/** "1 of 2 seats used in this run". */
const seatsUsed = (t: Translate, m: RunMentor) =>
  t("matching.picker.seatsUsed", { used: m.inRun, count: Math.max(0, m.seatsLeft) });

/** Why the mentor cannot take one more mentee, if so. */
const refusal = (t: Translate, m: RunMentor) =>
  m.paused ? t("matching.picker.paused") : m.inRun >= m.seatsLeft ? t("matching.picker.noSeat") : null;

// A picker opens on the run as it is now: each edit changes seats and pairs, so nothing is kept once it closes.
const useMentors = (programId: string, runId: string) => {
  const { data, error } = useApi(
    ["programs", programId, "runs", runId, "mentors"],
    () => loadRunMentors(programId, runId),
    { gcTime: 0 },
  );
  return { mentors: data?.items ?? null, error };
};

/** Every active mentor of the program; those paused or with no free seat are marked and disabled. */
export function MentorPicker(props: Common & { menteeId: string }) {
  const { programId, runId, menteeId, error, ...rest } = props;
  const { t, language } = useT();
  const { mentors, error: loadError } = useMentors(programId, runId);
  const options = useMemo<Option[]>(
    () =>
      (mentors ?? [])
        .filter((m) => m.id !== menteeId)
        .map((m) => {
          const why = refusal(t, m);
          return {
            id: m.id,
            label: `${m.name}, ${seatsUsed(t, m)}${why ? `; ${why}` : ""} (${m.email})`,
            search: `${m.name} ${m.email}`.toLowerCase(),
            disabled: !!why,
          };
        }),
    [mentors, menteeId, language],
  );
  return (
    <PersonPicker
      {...rest}
      idBase={`assign-${menteeId}`}
      label={t("matching.picker.mentorLabel")}
      searchLabel={t("matching.picker.searchMentors")}
      noMatches={t("matching.picker.noMentor")}
      options={options}
      submitLabel={t("matching.picker.assign")}
      error={error ?? loadError}
    />
  );
}

/**
 * The run's other pairs, searched on the server. A swap leaves every mentor's seat count as it is, so
 * only a paused mentor's pairs are disabled.
 */
export function SwapPicker(props: Common & { pair: Pair }) {
  const { programId, runId, pair, error, ...rest } = props;
  const { t, language } = useT();
  const [q, setQ] = useState("");
  const { mentors, error: mentorsError } = useMentors(programId, runId);
  const found = useApi(
    ["programs", programId, "runs", runId, "pairs", q],
    () => loadRun(programId, runId, { ...FIRST_VIEW, q }),
    { keepPrevious: true, gcTime: 0 },
  );
  const byId = useMemo(() => new Map((mentors ?? []).map((m) => [m.id, m])), [mentors]);
  const options = useMemo<Option[]>(
    () =>
      (found.data?.pairs ?? [])
        .filter((p) => p.mentorId !== pair.mentorId)
        .map((p) => {
          const mentor = byId.get(p.mentorId);
          const said = { mentee: p.menteeName, mentor: p.mentorName, email: p.menteeEmail };
          const label = !mentor
            ? t("matching.picker.pair", said)
            : mentor.paused
              ? t("matching.picker.pairPaused", { ...said, seats: seatsUsed(t, mentor) })
              : t("matching.picker.pairSeats", { ...said, seats: seatsUsed(t, mentor) });
          return {
            id: p.menteeId,
            label,
            search: `${p.menteeName} ${p.menteeEmail} ${p.mentorName} ${p.mentorEmail}`.toLowerCase(),
            disabled: !!mentor?.paused,
          };
        }),
    [found.data, byId, pair.mentorId, language],
  );
  return (
    <PersonPicker
      {...rest}
      idBase={`swap-${pair.menteeId}`}
      label={t("matching.mentee")}
      searchLabel={t("matching.picker.searchMentees")}
      noMatches={t("matching.picker.noMentee")}
      options={options}
      onQuery={setQ}
      total={found.data ? found.data.totalPairs - (found.data.pairs.length - options.length) : undefined}
      submitLabel={t("matching.picker.swap", { name: pair.menteeName })}
      error={error ?? found.error ?? mentorsError}
    />
  );
}
