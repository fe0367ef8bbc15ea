/** A mentee's next step in a program where mentees choose: choose, see the request, or wait. */
import { formatDay, todayOnUtc } from "../../lib/dates";
import type { Me } from "../../lib/session";
import { isCurrent, type Mentorship } from "../mentorships/myMentorships";
import { useT } from "./i18n";
import { isOpen, latestChain, type MyRequests } from "./myRequests";

export function MenteeNext(props: { e: Me["enrollments"][number]; mentorships: Mentorship[]; requests: MyRequests }) {
  const { t } = useT();
  const { e, mentorships, requests } = props;
  const { matchMode, choiceClosesOn, name } = e.program;
  if (matchMode === "admin") return null;
  if (mentorships.some((m) => m.programId === e.programId && m.role === "mentee" && isCurrent(m))) return null;
  const href = `/programs/${e.programId}/choose`;
  const closes = matchMode === "both" ? choiceClosesOn : null;
  if (closes && todayOnUtc() > closes) {
    return <p class="hint">{t("matching.next.closed", { day: formatDay(closes) })}</p>;
  }
  if (isOpen(latestChain(requests.sent, e.programId))) {
    return (
      <p>
        {t("matching.next.onItsWay")}{" "}
        <a href={href}>
          {t("matching.next.seeWhere")}
          <span class="sr-only"> {t("matching.inProgram", { program: name })}</span>
        </a>
      </p>
    );
  }
  return (
    <p class="next-step">
      <a class="button" href={href}>
        {t("matching.next.choose")}
        <span class="sr-only"> {t("matching.inProgram", { program: name })}</span>
      </a>
      {closes && <span class="hint"> {t("matching.next.until", { day: formatDay(closes) })}</span>}
    </p>
  );
}
