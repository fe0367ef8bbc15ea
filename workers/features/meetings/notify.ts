/**
 * @module features/meetings/notify
 * What the pair hears of a meeting: each change mails the other person with the invite attached
 * (REQUEST, or CANCEL once cancelled), one mail per person per version (keyed), and the same invite
 * is what the pair downloads.
 */
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { publicOrigin } from "../../platform/config";
import { people, type meetings, type mentorships } from "../../db/schema";
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import { meetingMail } from "./mail";
import type { MailMessage } from "../mail/outbox";
import { sendMail } from "../mail/send";
import { meetingInvite } from "./calendar";

type Meeting = typeof meetings.$inferSelect;
type Mentorship = typeof mentorships.$inferSelect;

/** The two people of a mentorship. */
export const pairOf = async (c: Context<AppEnv>, m: Mentorship) =>
  c.var.db
    .select({ id: people.id, name: people.name, email: people.email, timezone: people.timezone })
    .from(people)
    .where(sql`${people.id} IN (${m.mentorId}, ${m.menteeId})`);

/** The meeting's invite for the pair, as it stands (a cancelled one cancels it in their calendars). */
export const inviteOf = (c: Context<AppEnv>, meeting: Meeting, pair: { name: string; email: string }[]) =>
  meetingInvite(
    {
      ...meeting,
      title: `${meeting.kind === "shadowing" ? "Job shadowing" : "Mentoring"}: ${pair.map((p) => p.name).join(" and ")}`,
      cancelled: meeting.cancelledAt !== null,
      attendees: pair,
    },
    organizerFrom(c.env.MAIL_FROM),
  );

/** Tells the other person of the pair about a change, once per version of the meeting, with the invite. */
export async function tellPartner(
  c: Context<AppEnv>,
  m: Mentorship,
  meeting: Meeting,
  by: string,
  change: "scheduled" | "moved" | "cancelled",
) {
  const pair = await pairOf(c, m);
  // Only the pair changes meetings (requirePairMember), so the author is always one of them.
  const author = pair.find((p) => p.id === by)!.name;
  const origin = publicOrigin(c.var.config, c.req.url);
  const invite = inviteAttachment(inviteOf(c, meeting, pair), change === "cancelled" ? "CANCEL" : "REQUEST");
  for (const p of pair.filter((x) => x.id !== by)) {
    const when = new Date(meeting.startsAt).toLocaleString("en-GB", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: p.timezone,
    });
    await sendMail(
      c.var.db,
      c.env.MAIL_QUEUE as Queue<MailMessage>,
      `meeting:${meeting.id}:${meeting.sequence}:${change}:${p.id}`,
      p.email,
      {
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
          { calendar: `${origin}/api/meetings/${meeting.id}/calendar.ics`, page: `${origin}/dashboard` },
        ),
        attachments: [invite],
      },
    );
  }
}
