/** Matching, engagement and satisfaction: a few figures each, and their tables over people and time. */
import { Cycles } from "./Cycles";
import { FigureSection, type FigureRow } from "./Figures";
import { Monthly } from "./Monthly";
import { Responses } from "./Responses";
import type { Insights } from "./data";
import { useT } from "./i18n";

export function Measures({ id, data }: { id: string; data: Insights }) {
  const { t } = useT();
  const { matching: m, engagement: e, satisfaction: s } = data;
  const hidden = (cell: string) => data.suppressed.some((x) => x.cell === cell);
  const matching: FigureRow[] = [
    { label: t("insights.matching.withPair"), value: m.matchRate, unit: "%" },
    { label: t("insights.matching.medianDays"), value: m.medianDaysToMatch },
    { label: t("insights.matching.waiting"), value: m.waiting },
    { label: t("insights.matching.longestWait"), value: m.longestWaitDays },
    { label: t("insights.matching.seatsFree"), value: m.seatsFree },
    { label: t("insights.matching.atCapacity"), value: m.mentorsAtCapacity },
    { label: t("insights.matching.crossDepartment"), value: data.crossDepartmentShare, unit: "%" },
  ];
  const engagement: FigureRow[] = [
    { label: t("insights.engagement.meetingsPerPair"), value: e.meetingsPerPairPerMonth },
    { label: t("insights.engagement.metLast30"), value: e.metLast30Days, unit: "%" },
    { label: t("insights.engagement.goalsSet"), value: e.goalsSet },
    { label: t("insights.engagement.milestones"), value: e.milestonesReached },
    { label: t("insights.engagement.registered"), value: e.events.registered },
    { label: t("insights.engagement.present"), value: e.events.present },
    { label: t("insights.engagement.mutualPicks"), value: e.events.mutualPicks },
  ];
  const satisfaction: FigureRow[] = [
    { label: t("insights.satisfaction.invited"), value: s.invited },
    { label: t("insights.satisfaction.answered"), value: s.responseRate, unit: "%" },
    { label: t("insights.satisfaction.average"), value: s.averageRating, hidden: hidden("satisfaction:averageRating") },
    { label: t("insights.satisfaction.nps"), value: s.nps, hidden: hidden("satisfaction:nps") },
  ];
  return (
    <>
      <FigureSection id="matching" title={t("insights.matching.title")} rows={matching}>
        <Responses programId={id} />
      </FigureSection>
      <FigureSection id="engagement" title={t("insights.engagement.title")} rows={engagement}>
        <Cycles cycles={e.cycles} />
      </FigureSection>
      <FigureSection id="satisfaction" title={t("insights.satisfaction.title")} rows={satisfaction}>
        <Monthly months={s.byMonth} hidden={hidden} />
      </FigureSection>
    </>
  );
}
