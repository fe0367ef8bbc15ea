/** Matching, engagement and satisfaction: a few figures each. */
import { FigureTable, Section } from "./Figures";
import type { Insights } from "./data";

export function Measures({ data }: { data: Insights }) {
  const { matching: m, engagement: e, satisfaction: s } = data;
  const hidden = (cell: string) => data.suppressed.some((x) => x.cell === cell);
  return (
    <>
      <Section id="matching" title="Matching">
        <FigureTable
          name="Matching"
          file="matching"
          rows={[
            { label: "Mentees with a pair", value: m.matchRate, unit: "%" },
            { label: "Median days to a first pair", value: m.medianDaysToMatch },
            { label: "Mentees waiting for a match", value: m.waiting },
            { label: "Longest wait (days)", value: m.longestWaitDays },
            { label: "Free mentor seats", value: m.seatsFree },
            { label: "Mentors with no seat left", value: m.mentorsAtCapacity },
            { label: "Pairs across departments", value: data.crossDepartmentShare, unit: "%" },
          ]}
        />
      </Section>
      <Section id="engagement" title="Engagement">
        <FigureTable
          name="Engagement"
          file="engagement"
          rows={[
            { label: "Meetings per pair per month", value: e.meetingsPerPairPerMonth },
            { label: "Active pairs that met in the last 30 days", value: e.metLast30Days, unit: "%" },
            { label: "Goals set", value: e.goalsSet },
            { label: "Milestones reached", value: e.milestonesReached },
          ]}
        />
      </Section>
      <Section id="satisfaction" title="Satisfaction">
        <FigureTable
          name="Satisfaction"
          file="satisfaction"
          rows={[
            { label: "Invited to a survey", value: s.invited },
            { label: "Answered", value: s.responseRate, unit: "%" },
            {
              label: "Average rating (1–5)",
              value: s.averageRating,
              hidden: hidden("satisfaction:averageRating"),
            },
            { label: "Net promoter score", value: s.nps, hidden: hidden("satisfaction:nps") },
          ]}
        />
      </Section>
    </>
  );
}
