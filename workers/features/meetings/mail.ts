/** @module features/meetings/mail — a meeting scheduled, moved or cancelled, with its calendar invite. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

/** `meeting.when` is already written in the reader's language and time zone. */
export function meetingMail(
  language: UiLanguage,
  name: string,
  partner: string,
  change: "scheduled" | "moved" | "cancelled",
  meeting: { when: string; where: string; agenda: string; shadowing: boolean },
  origin: string,
  ids: { mentorshipId: string; meetingId: string },
): RenderedMail {
  const t = translator(language);
  const calendar = `${origin}/api/meetings/${ids.meetingId}/calendar.ics`;
  const values = { name, partner, when: meeting.when, what: meeting.shadowing ? "shadowing" : "meeting" };
  const heading =
    change === "cancelled"
      ? t("mail.meeting.cancelled", values)
      : change === "moved"
        ? t("mail.meeting.moved", values)
        : t("mail.meeting.scheduled", values);
  return letter(language, {
    subject: heading,
    paragraphs: [
      t("mail.hello", values),
      ...(meeting.where ? [t("mail.meeting.where", { where: meeting.where })] : []),
      ...(meeting.agenda && change !== "cancelled" ? [t("mail.meeting.agenda", { agenda: meeting.agenda })] : []),
      change === "cancelled"
        ? t("mail.meeting.inviteRemoves", { url: calendar })
        : t("mail.meeting.inviteAdds", { url: calendar }),
    ],
    action: {
      label: t("mail.meeting.button"),
      url: pageUrl(origin, pagePaths.meeting(ids.mentorshipId, ids.meetingId)),
    },
    footer: t("mail.meeting.footer"),
  });
}
