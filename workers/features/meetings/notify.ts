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

type Person = { id: string; name: string; email: string; timezone: string };

/** The meeting's invite for the pair, as it stands (a cancelled one cancels it in their calendars). */
export const inviteOf = (meeting: Meeting, pair: Person[], mailFrom: string) =>
  meetingInvite(
    {
      ...meeting,
      title: `${meeting.kind === "shadowing" ? "Job shadowing" : "Mentoring"}: ${pair.map((p) => p.name).join(" and ")}`,
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
  const invite = inviteAttachment(
    inviteOf(meeting, pair, mailer.mailFrom),
    change === "cancelled" ? "CANCEL" : "REQUEST",
  );
  for (const p of pair.filter((x) => x.id !== by)) {
    const when = new Date(meeting.startsAt).toLocaleString("en-GB", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: p.timezone,
    });
    await sendMail(mailer.db, mailer.queue, `meeting:${meeting.id}:${meeting.sequence}:${change}:${p.id}`, p.email, {
      ...meetingMail(
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
