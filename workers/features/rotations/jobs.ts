/**
 * @module features/rotations/jobs
 * The cron's part for reverse-mentoring rotations. A cycle whose end has come closes its pairs (their
 * mentorships complete) and asks each person about their partner; a cycle whose start has come opens its
 * pairs as active mentorships and introduces each pair, with a first agenda and an invite. A cycle that
 * passed entirely without a tick (a paused rotation) is skipped: nobody met in it.
 *
 * Every step is idempotent and re-derived from rows: the mentorships are inserted with ON CONFLICT DO
 * NOTHING (after `WHERE true`, which SQLite needs to read an upsert after a SELECT), mail is keyed (`rotation-intro:…`, `rotation-feedback:…`), and the cycle is marked started or
 * ended only after its effects, so a doubled tick repeats nothing, a late tick catches up, and a crash
 * in between is finished by the next tick.
 */
import { env } from "cloudflare:workers";
import { sql } from "drizzle-orm";
import type { DB } from "../../platform/db";
import { sendMails, type Outgoing } from "../mail";
import type { MailMessage } from "../mail";
import { rotationFeedbackMail, rotationIntroMail } from "./mail";
import { SQL_UUID } from "../mentorships";
import { firstAgenda } from "../../domain/rotations/agenda";
import { inviteAttachment, organizerFrom } from "../../platform/calendar";
import { firstMeetingAt, rotationInvite, rotationUid } from "./calendar";

type Due = {
  program_id: string;
  program_name: string;
  cycle: number;
  starts_at: number;
  ends_at: number;
  pairs: string;
};
type Person = { id: string; name: string; email: string; title: string; department: string; timezone: string };
type Pairs = { juniorId: string; seniorIds: string[] }[];
type Topics = { id: string; offered: string; sought: string };

/**
 * Cycles ended and started per tick: each mails everyone in its program (10,000 people are about 200
 * statements and queue calls), so a tick stays under D1's ~1,000 queries; the rest waits a tick.
 */
export const CYCLES_PER_TICK = 2;

const due = (db: DB, where: ReturnType<typeof sql>) =>
  db.all<Due>(sql`
    SELECT c.program_id, p.name AS program_name, c.cycle, c.starts_at, c.ends_at, c.pairs
    FROM rotation_cycles c JOIN programs p ON p.id = c.program_id
    WHERE p.kind = 'reverse' AND p.rotation_paused = 0 AND ${where}
    ORDER BY c.starts_at, c.program_id LIMIT ${CYCLES_PER_TICK}`);

/** Active participants among `ids`, with what the mail needs. */
async function participants(db: DB, programId: string, ids: string[]) {
  const rows = await db.all<Person & Topics>(sql`
    SELECT p.id, p.name, p.email, p.title, p.department, p.timezone, e.skills_offered AS offered, e.skills_sought AS sought
    FROM enrollments e JOIN people p ON p.id = e.person_id
    WHERE e.program_id = ${programId} AND e.status = 'active'
      AND p.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  return new Map(rows.map((r) => [r.id, r]));
}

const pairRows = (pairs: Pairs) => pairs.flatMap((p) => p.seniorIds.map((s) => ({ junior: p.juniorId, senior: s })));
const topics = (json: string) => (JSON.parse(json) as { name: string }[]).map((t) => t.name);
const day = (at: number) => new Date(at).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });

async function startCycle(db: DB, queue: Queue<MailMessage>, origin: string, c: Due, now: number) {
  const pairs = JSON.parse(c.pairs) as Pairs;
  await db.run(sql`
    INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at, created_at)
    SELECT ${SQL_UUID}, ${c.program_id}, json_extract(value, '$.junior'), json_extract(value, '$.senior'),
      'active', 'rotation', ${now}, ${now}
    FROM json_each(${JSON.stringify(pairRows(pairs))}) WHERE true
    ON CONFLICT DO NOTHING`);
  const people = await participants(
    db,
    c.program_id,
    pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]),
  );
  const page = `${origin}/dashboard`;
  const mails: Outgoing[] = [];
  for (const p of pairs) {
    const junior = people.get(p.juniorId);
    const seniors = p.seniorIds.flatMap((id) => people.get(id) ?? []);
    if (!junior || !seniors.length) continue;
    const agenda = firstAgenda(
      { name: junior.name, offers: topics(junior.offered), wants: [] },
      seniors.map((s) => ({ name: s.name, offers: [], wants: topics(s.sought) })),
    );
    const program = { name: c.program_name, cycle: c.cycle, until: day(c.ends_at - 1) };
    const calendar = `${origin}/api/programs/${c.program_id}/rotations/${c.cycle}/calendar.ics`;
    const urls = { calendar, page };
    // The same event as the pair's download (rotations route): one uid, so it is never doubled.
    const ics = rotationInvite({
      uid: rotationUid(c.program_id, c.cycle, junior.id),
      title: `${c.program_name}: ${[junior, ...seniors].map((x) => x.name).join(" and ")}`,
      start: firstMeetingAt(c.starts_at, seniors[0]!.timezone || "UTC"),
      agenda,
      url: page,
      organizer: organizerFrom(env.MAIL_FROM),
      attendees: [junior, ...seniors],
    });
    const attachments = [inviteAttachment(ics, "REQUEST")];
    mails.push({
      key: `rotation-intro:${c.program_id}:${c.cycle}:${junior.id}`,
      to: junior.email,
      mail: { ...rotationIntroMail(junior.name, "junior", seniors, program, agenda, urls), attachments },
    });
    for (const s of seniors) {
      mails.push({
        key: `rotation-intro:${c.program_id}:${c.cycle}:${s.id}`,
        to: s.email,
        mail: { ...rotationIntroMail(s.name, "senior", [junior], program, agenda, urls), attachments },
      });
    }
  }
  await sendMails(db, queue, mails);
  await db.run(sql`UPDATE rotation_cycles SET started_at = ${now}
    WHERE program_id = ${c.program_id} AND cycle = ${c.cycle} AND started_at IS NULL`);
}

async function endCycle(db: DB, queue: Queue<MailMessage>, origin: string, c: Due, now: number) {
  const pairs = JSON.parse(c.pairs) as Pairs;
  await db.run(sql`
    UPDATE mentorships SET status = 'completed', ended_at = ${now}, end_reason = 'rotation'
    WHERE program_id = ${c.program_id} AND source = 'rotation' AND status = 'active'
      AND (mentor_id || '|' || mentee_id) IN (SELECT json_extract(value, '$.junior') || '|' || json_extract(value, '$.senior')
        FROM json_each(${JSON.stringify(pairRows(pairs))}))`);
  const people = await participants(
    db,
    c.program_id,
    pairs.flatMap((p) => [p.juniorId, ...p.seniorIds]),
  );
  const url = `${origin}/rotations/${c.program_id}/feedback/${c.cycle}`;
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
        mail: rotationFeedbackMail(person.name, partners, c.program_name, url),
      });
    }
  }
  await sendMails(db, queue, mails);
  await db.run(sql`UPDATE rotation_cycles SET ended_at = ${now}
    WHERE program_id = ${c.program_id} AND cycle = ${c.cycle} AND ended_at IS NULL`);
}

/** One tick: ends what is over (first, so that each senior's previous pair is closed), then starts what is due. */
export async function runRotations(db: DB, queue: Queue<MailMessage>, origin: string, now: number) {
  const ending = await due(db, sql`c.started_at IS NOT NULL AND c.ended_at IS NULL AND c.ends_at <= ${now}`);
  for (const c of ending) await endCycle(db, queue, origin, c, now);
  const starting = await due(db, sql`c.started_at IS NULL AND c.starts_at <= ${now}`);
  let started = 0;
  let skipped = 0;
  for (const c of starting) {
    if (c.ends_at <= now) {
      await db.run(sql`UPDATE rotation_cycles SET started_at = ${now}, ended_at = ${now}, skipped = 1, pairs = '[]', byes = '[]'
        WHERE program_id = ${c.program_id} AND cycle = ${c.cycle} AND started_at IS NULL`);
      skipped++;
    } else {
      await startCycle(db, queue, origin, c, now);
      started++;
    }
  }
  return { ended: ending.length, started, skipped };
}
