/** A no-fault reason for ending a mentorship early, in the viewer's language; an unknown one as the API sent it. */
import { useT } from "./i18n";
import type { EndReason } from "./myMentorships";

export function EndReasonText({ reason }: { reason: string }) {
  const { t } = useT();
  // A lookup rather than an ICU select: the API's reason names hold hyphens, which select keys may not.
  const words: Record<EndReason, string> = {
    "no-time": t("mentorships.endReason.noTime"),
    "not-a-fit": t("mentorships.endReason.notAFit"),
    "goals-changed": t("mentorships.endReason.goalsChanged"),
    "left-organisation": t("mentorships.endReason.leftOrganisation"),
    other: t("mentorships.endReason.other"),
  };
  return <>{words[reason as EndReason] ?? reason}</>;
}
