/** @module features/meetings/mail — a meeting scheduled, moved or cancelled, with its calendar invite. */
import { layout, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";

export function meetingMail(
  name: string,
  partner: string,
  change: "scheduled" | "moved" | "cancelled",
  meeting: { when: string; where: string; agenda: string; shadowing: boolean },
  origin: string,
  ids: { mentorshipId: string; meetingId: string },
): RenderedMail {
  const calendar = `${origin}/api/meetings/${ids.meetingId}/calendar.ics`;
  const what = meeting.shadowing ? "job-shadowing session" : "meeting";
  const heading =
    change === "cancelled"
      ? `${partner} cancelled your ${what} of ${meeting.when}`
      : change === "moved"
        ? `Your ${what} with ${partner} moved to ${meeting.when}`
        : `${partner} scheduled a ${what} with you: ${meeting.when}`;
  const { html, text } = layout(
    heading,
    [
      `Hello ${name},`,
      ...(meeting.where ? [`Where: ${meeting.where}`] : []),
      ...(meeting.agenda && change !== "cancelled" ? [`Agenda: ${meeting.agenda}`] : []),
      change === "cancelled"
        ? `The attached invite removes it from your calendar (it is also at ${calendar}).`
        : `The attached invite adds it to your calendar, or updates it there (it is also at ${calendar}).`,
    ],
    { label: "See the meeting", url: pageUrl(origin, pagePaths.meeting(ids.mentorshipId, ids.meetingId)) },
    "You receive this because you are part of this mentoring pair.",
  );
  return { subject: heading, text, html };
}
