/**
 * @module features/events/registration
 * What registering for an event checks and sends, whether through the link while signed in or by a
 * mailed confirmation: the event is not over, the role still has seats, and the confirmation mail
 * carries the person's calendar invite.
 */
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import { publicOrigin, type Config } from "../../platform/config";
import type { DB } from "../../platform/db";
import { ApiError } from "../../platform/errors";
import type { EventRole } from "../../domain/roles";
import { sendMail } from "../mail";
import { eventInvite } from "./calendar";
import { joinUrl } from "./dto";
import { eventRegisteredMail } from "./mail";
import type { Event, Registration } from "./repo/events";
import { registeredWithRole } from "./repo/sign-up";
import { formatInstant, type UiLanguage } from "../../platform/i18n";

type Ctx = { var: { db: DB; config: Config }; env: Env; req: { url: string } };

const DAY = 86_400_000;

/** An event is over once its clock finished, or a day after it started whether or not anyone ran it. */
export const isOver = (event: Event, now = Date.now()) => event.finishedAt !== null || event.startsAt + DAY < now;

/**
 * How many a role takes: a mentor needs a table of their own; mentees and peers rotate, and the planner
 * lets those who sat out sit in first, so up to twice the seats each still sit at least every other round.
 */
export const seatsFor = (event: Event, role: EventRole) =>
  role === "mentor" ? event.tables : 2 * event.tables * (role === "peer" ? 2 : event.menteesPerTable);

/** Refuses (409) registering at an event that is over, or in a role whose seats are taken. */
export async function assertOpen(c: Ctx, event: Event, role: EventRole) {
  if (isOver(event)) throw new ApiError(409, "event_over", "This event is over; registration is closed.");
  const taken = await registeredWithRole(c.var.db, event.id, role);
  if (taken >= seatsFor(event, role)) {
    const who = role === "peer" ? "" : ` for ${role}s`;
    throw new ApiError(409, "event_full", `This event is full${who}; ask the hosts whether a seat frees up.`);
  }
}

/** The "you are registered" mail, once per registration, with the person's own calendar invite. */
export async function mailRegistered(
  c: Ctx,
  event: Event,
  person: { name: string; email: string; language: UiLanguage },
  row: Registration,
) {
  // On the event's own clock, as everywhere an event's start is shown, in the reader's language.
  const when = formatInstant(
    person.language,
    event.startsAt,
    { dateStyle: "full", timeStyle: "short" },
    event.timezone,
  );
  const place = {
    id: event.id,
    key: event.joinKey,
    title: event.title,
    when: `${when} (${event.timezone})`,
    place: event.place,
  };
  await sendMail(c.var.db, c.env, `event-registered:${row.id}`, person.email, {
    ...eventRegisteredMail(person.language, person.name, place, row.role, publicOrigin(c.var.config, c.req.url)),
    attachments: [
      inviteAttachment(eventInvite(event, joinUrl(c, event), organizerFrom(c.env.MAIL_FROM), person), "REQUEST"),
    ],
  });
}
