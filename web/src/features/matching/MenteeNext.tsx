/** A mentee's next step in a program where mentees choose: choose, see the request, or wait. */
import { formatDay, todayOnUtc } from "../../lib/dates";
import type { Me } from "../../lib/session";
import { isCurrent, type Mentorship } from "../mentorships/myMentorships";
import { isOpen, latestChain, type MyRequests } from "./myRequests";

export function MenteeNext(props: { e: Me["enrollments"][number]; mentorships: Mentorship[]; requests: MyRequests }) {
  const { e, mentorships, requests } = props;
  const { matchMode, choiceClosesOn, name } = e.program;
  if (matchMode === "admin") return null;
  if (mentorships.some((m) => m.programId === e.programId && m.role === "mentee" && isCurrent(m))) return null;
  const href = `/programs/${e.programId}/choose`;
  const closes = matchMode === "both" ? choiceClosesOn : null;
  if (closes && todayOnUtc() > closes) {
    return <p class="hint">Choosing closed on {formatDay(closes)}; the organisers will match you.</p>;
  }
  if (isOpen(latestChain(requests.sent, e.programId))) {
    return (
      <p>
        Your mentor request is on its way.{" "}
        <a href={href}>
          See where it stands<span class="sr-only"> in {name}</span>
        </a>
      </p>
    );
  }
  return (
    <p class="next-step">
      <a class="button" href={href}>
        Choose your mentor<span class="sr-only"> in {name}</span>
      </a>
      {closes && <span class="hint"> You can choose until {formatDay(closes)}.</span>}
    </p>
  );
}
