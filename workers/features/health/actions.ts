/**
 * @module features/health/actions
 * What can be done about a pair gone quiet, each once per pair and quiet spell (a unique row in
 * pair_checks, written before any mail; each mail keyed by that row), so a doubled click or tick sends
 * nothing twice: nudge both, ask both "still going?", and, where the program says so, end it.
 */
import { daysBetween } from "../../domain/insights/measures";
import { sendMail, type Mailer } from "../mail";
import { autoEndedMail, nudgeMail, stillGoingMail } from "./mail";
import { checkFor, dueForAutoEnd, endQuietPair, pairPeople, recordCheck, type QuietPair } from "./repo";
import { checkToken } from "./tokens";
import { languageOf, translate } from "../../platform/i18n";

type Person = { id: string; name: string; email: string; uiLanguage: string | null };
/** The other person's name; "your partner" in the reader's words when they are gone. */
function partnerOf(pair: Person[], p: Person) {
  const language = languageOf(p.uiLanguage);
  return pair.find((x) => x.id !== p.id)?.name ?? translate(language, "mail.yourPartner");
}
const mailTo = (pair: Person[], p: Person) => ({
  name: p.name,
  partner: partnerOf(pair, p),
  language: languageOf(p.uiLanguage),
});

/** Mails both a nudge; false when this spell was nudged already. */
export async function nudge(m: Mailer, pair: QuietPair, byId: string, now: number) {
  const check = await recordCheck(m.db, pair, "nudge", byId);
  if (!check) return false;
  const people = await pairPeople(m.db, pair);
  for (const p of people) {
    const to = { ...mailTo(people, p), programName: pair.programName };
    const mail = nudgeMail(to, daysBetween(pair.spell, now), m.origin, pair.id);
    await sendMail(m.db, m.queue, `pair-nudge:${check.id}:${p.id}`, p.email, mail);
  }
  return true;
}

/** Asks both "still going?" with a link each; false when this spell was asked already. */
export async function askStillGoing(m: Mailer, secret: string, pair: QuietPair, byId: string) {
  const check = await recordCheck(m.db, pair, "ask", byId);
  if (!check) return false;
  const people = await pairPeople(m.db, pair);
  for (const p of people) {
    const token = await checkToken(secret, check.id, p.id);
    const to = { ...mailTo(people, p), programName: pair.programName };
    await sendMail(m.db, m.queue, `pair-ask:${check.id}:${p.id}`, p.email, stillGoingMail(to, m.origin, token));
  }
  return true;
}

/** How many pairs one tick ends at most; the rest are found next tick. */
const AUTO_END_PER_TICK = 25;

/**
 * The clock's part: active pairs past their program's `autoEndDays` without a meeting, and without a
 * "yes" to "still going?" in this spell, end as no-fault; both are told once.
 */
export async function autoEndQuietPairs(m: Mailer, now: number) {
  const due = await dueForAutoEnd(m.db, now, AUTO_END_PER_TICK);
  let ended = 0;
  for (const row of due) {
    const pair: QuietPair = {
      id: row.id,
      programId: row.program_id,
      programName: row.program_name,
      mentorId: row.mentor_id,
      menteeId: row.mentee_id,
      status: "active",
      spell: row.spell,
    };
    // The row first, found again if a tick died after writing it: ending and mailing are keyed to it,
    // so whatever a previous tick left undone is done now, and nothing twice.
    const check = (await recordCheck(m.db, pair, "auto-end", null)) ?? (await checkFor(m.db, pair, "auto-end"))!;
    const days = daysBetween(pair.spell, now);
    await endQuietPair(m.db, pair.id, null, `No meeting for ${days} days`, now);
    const people = await pairPeople(m.db, pair);
    for (const p of people) {
      const to = { ...mailTo(people, p), programName: pair.programName };
      const mail = autoEndedMail(to, days, m.origin, pair.id);
      await sendMail(m.db, m.queue, `pair-auto-end:${check.id}:${p.id}`, p.email, mail);
    }
    ended += 1;
  }
  return ended;
}
