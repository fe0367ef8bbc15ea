/**
 * @module features/requests/steps
 * Mentee's-choice matching as it moves: asking, accepting, declining, and the clock's lapses. Each step
 * is a guarded state change (pending → accepted | declined | lapsed; waiting → pending) followed by
 * mail with a key of the step, so a doubled request or tick changes and sends nothing twice. The
 * clock's lapses are in features/requests/lapses.
 */
import type { DB } from "../../platform/db";
import { pairRefusal } from "../../domain/pairing";
import { explainFor, readReasons } from "../../domain/matching/reasons";
import { scorePair } from "../../domain/matching/score";
import { sendMail, sendMails, type Mailer } from "../mail";
import { excludedPairs, matchSettingsOf, participantsById, participantsInPrograms } from "../matching";
import { getProgram, programManagersOf, type Program } from "../programs";
import { cancelRequest, closeRequest, lastRequestOf, promote, waitingChoices, type MentorRequest } from "./repo/chains";
import { choicesExhaustedAdminMail, choicesExhaustedMail, requestMail } from "./mail";
import { formatInstant } from "../../platform/i18n";
import { readerOf, readersByEmail, type Reader } from "./repo/recipients";

/** The day a request is due, as its mentor reads it: "Thursday 4 March (Europe/Berlin)". */
const formatDay = (ms: number, reader: Reader) =>
  `${formatInstant(reader.language, ms, { weekday: "long", day: "numeric", month: "long" }, reader.timezone)} (${reader.timezone})`;

/** Mails the mentor a request that just became pending. */
export async function mailRequest(m: Mailer, program: Program, request: MentorRequest) {
  const found = await participantsById(m.db, program, [request.mentorId, request.menteeId]);
  const mentor = found.get(request.mentorId);
  const mentee = found.get(request.menteeId);
  if (!mentor || !mentee) return;
  const why = explainFor(
    scorePair(mentor.person, mentee.person, matchSettingsOf(program), new Date()).reasons,
    "mentor",
  );
  const reader = readerOf(await readersByEmail(m.db, [mentor.person.email]), mentor.person.email);
  await sendMail(
    m.db,
    m.queue,
    `request:${request.id}`,
    mentor.person.email,
    requestMail(
      reader.language,
      mentor.person.name,
      mentee.person,
      program.name,
      request.message,
      why,
      formatDay(request.deadlineAt!, reader),
      m.origin,
      request.id,
    ),
  );
}

/**
 * Hands a chain to its next choice who may still take the mentee (domain/pairing: paused or full mentors,
 * and pairs banned since, are skipped), or, when none is left, tells the mentee and the program's organisers.
 */
export async function advanceChain(m: Mailer, program: Program, menteeId: string, now: number) {
  const rules = { settings: matchSettingsOf(program), excluded: await excludedPairs(m.db, program.id) };
  let menteeLeft = false;
  for (const next of await waitingChoices(m.db, program.id, menteeId)) {
    const found = await participantsById(m.db, program, [next.mentorId, menteeId]);
    const why = pairRefusal(found.get(next.mentorId), found.get(menteeId), rules);
    if (why) {
      await cancelRequest(m.db, next.id);
      menteeLeft ||= why === "not_mentee" || why === "has_mentor";
      continue;
    }
    const promoted = await promote(m.db, next.id, program.requestDays, now);
    if (promoted) await mailRequest(m, program, promoted);
    return;
  }
  // A mentee who found a mentor or left the program meanwhile needs no "your choices ran out".
  if (!menteeLeft) await noticeExhausted(m, program, menteeId);
}

/**
 * Tells the mentee and the organisers that a chain ran out (once per chain: keyed by its last request),
 * all in one statement however many organisers there are.
 */
export async function noticeExhausted(m: Mailer, program: Program, menteeId: string) {
  const last = await lastRequestOf(m.db, program.id, menteeId);
  if (!last) return;
  const managers = (await programManagersOf(m.db, [program.id])).map((p) => p.email);
  const organisers = managers.length ? managers : [...m.config.adminEmails];
  const readers = await readersByEmail(m.db, [last.email, ...organisers]);
  const language = (email: string) => readerOf(readers, email).language;
  await sendMails(m.db, m.queue, [
    {
      key: `choices-exhausted:${last.id}:${menteeId}`,
      to: last.email,
      mail: choicesExhaustedMail(language(last.email), last.name, program, m.origin),
    },
    ...organisers.map((email) => ({
      key: `choices-exhausted:${last.id}:${email}`,
      to: email,
      mail: choicesExhaustedAdminMail(language(email), last, program, m.origin),
    })),
  ]);
}

/** A mentor declines; the chain moves on. False if the request was not pending. */
export async function declineRequest(m: Mailer, request: MentorRequest, now: number) {
  const closed = await closeRequest(m.db, request.id, "declined", now);
  if (!closed) return false;
  const program = await getProgram(m.db, request.programId);
  if (program) await advanceChain(m, program, request.menteeId, now);
  return true;
}

/**
 * For each request waiting for `mentorId`'s answer, the mentee's goals and why the two fit. Programs
 * and people are loaded once per program, not per request: a much-asked mentor may have hundreds.
 */
export async function whyAsked(
  db: DB,
  mentorId: string,
  requests: { id: string; programId: string; menteeId: string }[],
) {
  const wanted = new Map<string, string[]>();
  for (const r of requests) {
    if (!wanted.has(r.programId)) wanted.set(r.programId, [mentorId]);
    wanted.get(r.programId)!.push(r.menteeId);
  }
  const byProgram = await participantsInPrograms(db, wanted);
  const settings = new Map([...byProgram].map(([id, { program }]) => [id, matchSettingsOf(program)]));
  return new Map(
    requests.map((r) => {
      const found = byProgram.get(r.programId)?.found;
      const mentor = found?.get(mentorId);
      const mentee = found?.get(r.menteeId);
      const scored = mentor && mentee ? scorePair(mentor.person, mentee.person, settings.get(r.programId)!) : null;
      return [r.id, { goals: mentee?.person.goals ?? "", ...readReasons(scored?.reasons ?? [], "mentor") }];
    }),
  );
}
