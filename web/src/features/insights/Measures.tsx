/** Matching, engagement and satisfaction: a few figures each, and their tables over people and time. */
import { Cycles } from "./Cycles";
import { FigureSection, type FigureRow } from "./Figures";
import { Monthly } from "./Monthly";
import { Responses } from "./Responses";
import type { Insights } from "./data";

export function Measures({ id, data }: { id: string; data: Insights }) {
  const { matching: m, engagement: e, satisfaction: s } = data;
  const hidden = (cell: string) => data.suppressed.some((x) => x.cell === cell);
  const matching: FigureRow[] = [
    { label: "Mentees with a pair", value: m.matchRate, unit: "%" },
    { label: "Median days to a first pair", value: m.medianDaysToMatch },
    { label: "Mentees waiting for a match", value: m.waiting },
    { label: "Longest wait (days)", value: m.longestWaitDays },
    { label: "Free mentor seats", value: m.seatsFree },
    { label: "Mentors with no seat left", value: m.mentorsAtCapacity },
    { label: "Pairs across departments", value: data.crossDepartmentShare, unit: "%" },
  ];
  const engagement: FigureRow[] = [
    { label: "Meetings per pair per month", value: e.meetingsPerPairPerMonth },
    { label: "Active pairs that met in the last 30 days", value: e.metLast30Days, unit: "%" },
    { label: "Goals set", value: e.goalsSet },
    { label: "Milestones reached", value: e.milestonesReached },
    { label: "Registered for the program's events", value: e.events.registered },
    { label: "Came to them", value: e.events.present },
    { label: "Mutual picks at events", value: e.events.mutualPicks },
  ];
  const satisfaction: FigureRow[] = [
    { label: "Invited to a survey", value: s.invited },
    { label: "Answered", value: s.responseRate, unit: "%" },
    { label: "Average rating (1–5)", value: s.averageRating, hidden: hidden("satisfaction:averageRating") },
    { label: "Net promoter score", value: s.nps, hidden: hidden("satisfaction:nps") },
  ];
  return (
    <>
      <FigureSection id="matching" title="Matching" rows={matching}>
        <Responses programId={id} />
      </FigureSection>
      <FigureSection id="engagement" title="Engagement" rows={engagement}>
        <Cycles cycles={e.cycles} />
      </FigureSection>
      <FigureSection id="satisfaction" title="Satisfaction" rows={satisfaction}>
        <Monthly months={s.byMonth} hidden={hidden} />
      </FigureSection>
    </>
  );
}
