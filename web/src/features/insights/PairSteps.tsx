/**
 * What an organiser can do about a pair gone quiet, and what was done since it last met: nudge both,
 * or ask both "still going?" (each once per quiet spell), with the answers as they come in.
 */
import { useApiChange } from "../../lib/query";
import { formatDate } from "../../lib/dates";
import { askPair, nudgePair, type PairNeedingAttention } from "./data";
import { useT } from "./i18n";

export function PairSteps({ programId, pair }: { programId: string; pair: PairNeedingAttention }) {
  const { t } = useT();
  const stale = [["programs", programId, "health"]];
  const nudge = useApiChange(() => nudgePair(pair.mentorshipId), stale);
  const ask = useApiChange(() => askPair(pair.mentorshipId), stale);
  const nudged = pair.steps.find((s) => s.kind === "nudge");
  const asked = pair.steps.find((s) => s.kind === "ask");
  const who = t("insights.steps.who", { mentor: pair.mentorName, mentee: pair.menteeName });
  const answer = (name: string, said: "yes" | "no") => t("insights.steps.answer", { name, answer: said });
  const answers = asked
    ? [
        asked.mentorAnswer && answer(pair.mentorName, asked.mentorAnswer),
        asked.menteeAnswer && answer(pair.menteeName, asked.menteeAnswer),
      ].filter((a): a is string => !!a)
    : [];
  return (
    <div class="pair-steps">
      {nudged ? (
        <span>{t("insights.steps.nudged", { date: formatDate(nudged.at) })}</span>
      ) : (
        <button type="button" class="secondary" disabled={nudge.busy} onClick={() => nudge.run(undefined)}>
          {t("insights.steps.nudge")}
          <span class="sr-only"> {who}</span>
        </button>
      )}
      {asked ? (
        <span>
          {answers.length
            ? t("insights.steps.askedAnswers", { date: formatDate(asked.at), answers: answers.join(", ") })
            : t("insights.steps.askedNoAnswer", { date: formatDate(asked.at) })}
        </span>
      ) : (
        <button type="button" class="secondary" disabled={ask.busy} onClick={() => ask.run(undefined)}>
          {t("insights.steps.ask")}
          <span class="sr-only"> {who}</span>
        </button>
      )}
      {(nudge.error ?? ask.error) && (
        <span class="status error" role="alert">
          {nudge.error ?? ask.error}
        </span>
      )}
    </div>
  );
}
