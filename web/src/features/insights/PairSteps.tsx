/**
 * What an organiser can do about a pair gone quiet, and what was done since it last met: nudge both,
 * or ask both "still going?" (each once per quiet spell), with the answers as they come in.
 */
import { useApiChange } from "../../lib/query";
import { formatDate } from "../../lib/dates";
import { askPair, nudgePair, type PairNeedingAttention } from "./data";

const ANSWER = { yes: "goes on", no: "has stopped" } as const;

export function PairSteps({ programId, pair }: { programId: string; pair: PairNeedingAttention }) {
  const stale = [["programs", programId, "health"]];
  const nudge = useApiChange(() => nudgePair(pair.mentorshipId), stale);
  const ask = useApiChange(() => askPair(pair.mentorshipId), stale);
  const nudged = pair.steps.find((s) => s.kind === "nudge");
  const asked = pair.steps.find((s) => s.kind === "ask");
  const who = `${pair.mentorName} and ${pair.menteeName}`;
  const answers = asked
    ? [
        asked.mentorAnswer && `${pair.mentorName}: ${ANSWER[asked.mentorAnswer]}`,
        asked.menteeAnswer && `${pair.menteeName}: ${ANSWER[asked.menteeAnswer]}`,
      ].filter(Boolean)
    : [];
  return (
    <div class="pair-steps">
      {nudged ? (
        <span>Nudged {formatDate(nudged.at)}</span>
      ) : (
        <button type="button" class="secondary" disabled={nudge.busy} onClick={() => nudge.run(undefined)}>
          Nudge both<span class="sr-only">{` ${who}`}</span>
        </button>
      )}
      {asked ? (
        <span>
          Asked {formatDate(asked.at)}
          {answers.length ? `: ${answers.join(", ")}` : ", no answer yet"}
        </span>
      ) : (
        <button type="button" class="secondary" disabled={ask.busy} onClick={() => ask.run(undefined)}>
          Ask if still going<span class="sr-only">{` ${who}`}</span>
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
