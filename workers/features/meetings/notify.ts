/**
 * @module features/meetings/notify
 * What the pair hears of a meeting: each change mails the other person with the invite attached
 * (REQUEST, or CANCEL once cancelled), one mail per person per version (keyed), and the same invite
 * is what the pair downloads.
 */
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import type { Mailer } from "../mail";
import { sendMail } from "../mail";
import type { Mentorship } from "../mentorships";
import { meetingInvite } from "./calendar";
import { meetingMail } from "./mail";
import { pairPeople, type Meeting } from "./repo";
import { formatInstant, formatList, languageOf, translate, type UiLanguage } from "../../platform/i18n";

type Person = { id: string; name: string; email: string; timezone: string };

/**
 * The meeting's invite for the pair, as it stands (a cancelled one cancels it in their calendars), its
 * title in the reader's language.
 */
export const inviteOf = (meeting: Meeting, pair: Person[], mailFrom: string, language: UiLanguage) =>
  meetingInvite(
    {
      ...meeting,
      title: translate(language, "calendar.meeting.title", {
        kind: meeting.kind === "shadowing" ? "shadowing" : "mentoring",
        names: formatList(
          language,
          pair.map((p) => p.name),
        ),
      }),
      cancelled: meeting.cancelledAt !== null,
      attendees: pair,
    },
    organizerFrom(mailFrom),
  );

/** Tells the other person of the pair about a change, once per version of the meeting, with the invite. */
export async function tellPartner(
  mailer: Mailer & { mailFrom: string },
  m: Mentorship,
  meeting: Meeting,
  by: string,
  change: "scheduled" | "moved" | "cancelled",
) {
  const pair = await pairPeople(mailer.db, m);
  // Only the pair changes meetings (meetingGuard with pairOnly), so the author is always one of them.
  const author = pair.find((p) => p.id === by)!.name;
  for (const p of pair.filter((x) => x.id !== by)) {
    const language = languageOf(p.uiLanguage);
    const invite = inviteAttachment(
      inviteOf(meeting, pair, mailer.mailFrom, language),
      change === "cancelled" ? "CANCEL" : "REQUEST",
    );
    const when = formatInstant(language, meeting.startsAt, { dateStyle: "full", timeStyle: "short" }, p.timezone);
    await sendMail(mailer.db, mailer.queue, `meeting:${meeting.id}:${meeting.sequence}:${change}:${p.id}`, p.email, {
      ...meetingMail(
        language,
        p.name,
        author,
        change,
        {
          when: `${when} (${p.timezone})`,
          where: meeting.place || meeting.videoUrl || "",
          agenda: meeting.agenda,
          shadowing: meeting.kind === "shadowing",
        },
        mailer.origin,
        { mentorshipId: meeting.mentorshipId, meetingId: meeting.id },
      ),
      attachments: [invite],
    });
  }
}
