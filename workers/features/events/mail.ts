/** @module features/events/mail — what events send: a host invitation, registering, and the follow-up. */
import { letter, type RenderedMail } from "../mail";
import { pagePaths, pageUrl } from "../../domain/links";
import { translator, type UiLanguage } from "../../platform/i18n";

export function hostInviteMail(
  language: UiLanguage,
  title: string,
  by: { name: string; email: string },
  origin: string,
  eventId: string,
): RenderedMail {
  const t = translator(language);
  const values = { title, by: by.name, email: by.email };
  return letter(language, {
    subject: t("mail.hostInvite.heading", values),
    paragraphs: [t("mail.helloAnyone"), t("mail.hostInvite.body", values), t("mail.hostInvite.what")],
    action: { label: t("mail.openEvent"), url: pageUrl(origin, pagePaths.hostEvent(eventId)) },
    footer: t("mail.hostInvite.footer"),
  });
}

/**
 * The confirmation asked of someone registering through the event's link. Anyone can type any address,
 * so it holds nothing the requester typed: the event's title (set by its hosts) and the link.
 */
export function eventConfirmMail(
  language: UiLanguage,
  title: string,
  origin: string,
  event: { id: string; key: string },
  token: string,
): RenderedMail {
  const t = translator(language);
  return letter(language, {
    subject: t("mail.eventConfirm.subject", { title }),
    heading: t("mail.eventConfirm.heading", { title }),
    paragraphs: [t("mail.eventConfirm.body", { title }), t("mail.eventConfirm.once")],
    action: {
      label: t("mail.eventConfirm.button"),
      url: pageUrl(origin, pagePaths.eventConfirm(event.id, event.key, token)),
    },
    footer: t("mail.notYou"),
  });
}

/** The confirmation of a registration for a speed-mentoring event, with its calendar invite; `when` is in the reader's language. */
export function eventRegisteredMail(
  language: UiLanguage,
  name: string,
  event: { id: string; key: string; title: string; when: string; place: string },
  role: string,
  origin: string,
): RenderedMail {
  const t = translator(language);
  const values = { name, title: event.title, when: event.when, place: event.place };
  const calendar = `${origin}/api/events/${event.id}/calendar.ics?key=${event.key}`;
  const asRole = role === "mentor" ? "mentor" : role === "mentee" ? "mentee" : "other";
  return letter(language, {
    subject: t("mail.eventRegistered.subject", values),
    heading: t("mail.eventRegistered.heading", values),
    paragraphs: [
      t("mail.hello", values),
      event.place
        ? t("mail.eventRegistered.bodyAt", { ...values, role: asRole })
        : t("mail.eventRegistered.body", { ...values, role: asRole }),
      t("mail.eventRegistered.onTheDay"),
      t("mail.eventRegistered.invite", { url: calendar }),
    ],
    action: { label: t("mail.openEvent"), url: pageUrl(origin, pagePaths.event(event.id, event.key)) },
    footer: t("mail.eventRegistered.footer"),
  });
}

/** After an event, one mail: whom to keep meeting, and the event's feedback survey when it has one. */
export function eventFollowUpMail(
  language: UiLanguage,
  name: string,
  title: string,
  origin: string,
  event: { id: string; key: string },
  opts: { proposes: boolean; surveyUrl: string | null },
): RenderedMail {
  const t = translator(language);
  const values = { name, title };
  return letter(language, {
    subject: t("mail.followUp.subject", values),
    heading: t("mail.followUp.heading", values),
    paragraphs: [
      t("mail.hello", values),
      opts.proposes ? t("mail.followUp.pickProposes") : t("mail.followUp.pick"),
      opts.surveyUrl ? t("mail.followUp.survey", { url: opts.surveyUrl }) : t("mail.followUp.tellHost"),
    ],
    action: { label: t("mail.followUp.button"), url: pageUrl(origin, pagePaths.event(event.id, event.key)) },
    footer: t("mail.followUp.footer"),
    category: "events",
  });
}
