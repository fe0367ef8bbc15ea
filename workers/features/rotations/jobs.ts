/**
 * @module features/rotations/jobs
 * The cron's part for reverse-mentoring rotations. A cycle whose end has come closes its pairs (their
 * mentorships complete) and asks each person about their partner; a cycle whose start has come opens its
 * pairs as active mentorships and introduces each pair, with a first agenda and an invite. A cycle that
 * passed entirely without a tick (a paused rotation) is skipped: nobody met in it.
 *
 * Every step is idempotent and re-derived from rows: the mentorships are inserted with ON CONFLICT DO
 * NOTHING (features/rotations/repo/ticks), mail is keyed (`rotation-intro:…`, `rotation-feedback:…`), and the cycle is marked started or
 * ended only after its effects, so a doubled tick repeats nothing, a late tick catches up, and a crash
 * in between is finished by the next tick.
 */
import { env } from "cloudflare:workers";
import { pagePaths, pageUrl } from "../../domain/links";
import { firstAgenda } from "../../domain/rotations/agenda";
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import type { DB } from "../../platform/db";
import { sendMails, type MailMessage, type Outgoing } from "../mail";
import { firstMeetingAt, rotationInvite, rotationUid } from "./calendar";
import { rotationFeedbackMail, rotationIntroMail } from "./mail";
import {
  closePairs,
  cyclesToEnd,
  cyclesToStart,
  markEnded,
  markSkipped,
  markStarted,
  openPairs,
  participants,
  type Due,
  type Pairs,
} from "./repo/ticks";
import { formatInstant, formatList, languageOf, type UiLanguage } from "../../platform/i18n";
import { agendaIn } from "./agenda-words";

const topics = (json: string) => (JSON.parse(json) as { name: string }[]).map((t) => t.name);
const day = (language: UiLanguage, at: number) => formatInstant(language, at, { dateStyle: "long" });

async function startCycle(db: DB, queue: Queue<MailMessage>, origin: string, c: Due, now: number) {
  const pairs = JSON.parse(c.pairs) as Pairs;
  await openPairs(db, c, pairs, now);
  const people = await participants(db, c.program_id, pairs);
  const page = pageUrl(origin, pagePaths.rotation(c.program_id));
  const mails: Outgoing[] = [];
  for (const p of pairs) {
    const junior = people.get(p.juniorId);
    const seniors = p.seniorIds.flatMap((id) => people.get(id) ?? []);
    if (!junior || !seniors.length) continue;
    const agenda = firstAgenda(
      { name: junior.name, offers: topics(junior.offered), wants: [] },
      seniors.map((s) => ({ name: s.name, offers: [], wants: topics(s.sought) })),
    );
    const program = (language: UiLanguage) => ({
      id: c.program_id,
      name: c.program_name,
      cycle: c.cycle,
      until: day(language, c.ends_at - 1),
    });
    // The same event as the pair's download (rotations route): one uid, so it is never doubled; its
    // title names the pair in the reader's language.
    const attachments = (language: UiLanguage) => [
      inviteAttachment(
        rotationInvite({
          uid: rotationUid(c.program_id, c.cycle, junior.id),
          title: `${c.program_name}: ${formatList(
            language,
            [junior, ...seniors].map((x) => x.name),
          )}`,
          start: firstMeetingAt(c.starts_at, seniors[0]!.timezone || "UTC"),
          agenda: agendaIn(language, agenda),
          url: page,
          organizer: organizerFrom(env.MAIL_FROM),
          attendees: [junior, ...seniors],
        }),
        "REQUEST",
      ),
    ];
    const intro = (to: typeof junior, role: "junior" | "senior", partners: (typeof junior)[]) => {
      const language = languageOf(to.ui_language);
      return {
        key: `rotation-intro:${c.program_id}:${c.cycle}:${to.id}`,
        to: to.email,
        mail: {
          ...rotationIntroMail(language, to.name, role, partners, program(language), agenda, origin),
          attachments: attachments(language),
        },
      };
    };
    mails.push(intro(junior, "junior", seniors));
    for (const s of seniors) mails.push(intro(s, "senior", [junior]));
  }
  await sendMails(db, queue, mails);
  await markStarted(db, c, now);
}

async function endCycle(db: DB, queue: Queue<MailMessage>, origin: string, c: Due, now: number) {
  const pairs = JSON.parse(c.pairs) as Pairs;
  await closePairs(db, c, pairs, now);
  const people = await participants(db, c.program_id, pairs);
  const program = { id: c.program_id, name: c.program_name, cycle: c.cycle };
  const mails: Outgoing[] = [];
  for (const p of pairs) {
    const partnersOf = (id: string) => (id === p.juniorId ? p.seniorIds : [p.juniorId]);
    for (const id of [p.juniorId, ...p.seniorIds]) {
      const person = people.get(id);
      const partners = partnersOf(id).flatMap((x) => people.get(x)?.name ?? []);
      if (!person || !partners.length) continue;
      mails.push({
        key: `rotation-feedback:${c.program_id}:${c.cycle}:${id}`,
        to: person.email,
        mail: rotationFeedbackMail(languageOf(person.ui_language), person.name, partners, program, origin),
      });
    }
  }
  await sendMails(db, queue, mails);
  await markEnded(db, c, now);
}

/** One tick: ends what is over (first, so that each senior's previous pair is closed), then starts what is due. */
export async function runRotations(db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  const ending = await cyclesToEnd(db, now);
  for (const c of ending) await endCycle(db, queue, origin, c, now);
  const starting = await cyclesToStart(db, now);
  let started = 0;
  let skipped = 0;
  for (const c of starting) {
    if (c.ends_at <= now) {
      await markSkipped(db, c, now);
      skipped++;
    } else {
      await startCycle(db, queue, origin, c, now);
      started++;
    }
  }
  return { ended: ending.length, started, skipped };
}
