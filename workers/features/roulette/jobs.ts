/**
 * @module features/roulette/jobs
 * The cron's roulette step. Rounds are weekly from the program's start (its start date, else its
 * creation); each person takes part every `cadenceWeeks` rounds. A round is written at the first tick of
 * its week that finds two people in it, all its pairs in one batch keyed by (program, round), so a doubled
 * tick writes nothing twice, a late tick writes the round late and a missed week is skipped rather than
 * caught up. A written round then starts: each person gets one introduction keyed by pair and person
 * (ARCHITECTURE.md, invariant 1), and only after that is the round marked started.
 */
import { env } from "cloudflare:workers";
import { ROULETTE_MIX, type RouletteMix } from "../../domain/kinds";
import { planRound, sharedInterests, type RoulettePerson } from "../../domain/roulette/plan";
import { suggestedSlot } from "../../domain/roulette/slot";
import { calendarFile, inviteAttachment, organizerFrom } from "../../platform/calendar";
import { windowOfTick } from "../../platform/chunks";
import type { DB } from "../../platform/db";
import { sendMails, type MailMessage, type Outgoing } from "../mail";
import { rouletteIntroMail } from "./mail";
import {
  WEEK,
  candidates,
  duePrograms,
  markIntroduced,
  membersSince,
  roundPeople,
  roundsToStart,
  writeRound,
  type DueProgram,
  type MailPerson,
  type StartingRound,
} from "./repo/rounds";
import { pairToken } from "./tokens";
import { formatInstant, formatList, languageOf, translate, type UiLanguage } from "../../platform/i18n";

/**
 * One round written and one started per tick: a round of 5,000 takes seconds of CPU and ~100 statements
 * of mail. Up to PROGRAMS_TRIED programs are looked at (three statements each) so that programs with
 * fewer than two people in cannot hold up the others.
 */
const PROGRAMS_TRIED = 10;
const STARTS_PER_TICK = 1;
/** About 1,000 introductions a tick: ten statements of mail and ten queue batches. */
const PAIRS_PER_TICK = 500;
export const DEFAULT_CADENCE = 2;
export const DEFAULT_MIX: RouletteMix[] = ["department"];

const names = (json: string) => (JSON.parse(json) as { name: string }[]).map((t) => t.name);
export const mixOf = (json: string | null): RouletteMix[] =>
  json === null
    ? DEFAULT_MIX
    : (JSON.parse(json) as string[]).filter((m): m is RouletteMix => ROULETTE_MIX.includes(m as RouletteMix));

/** Who is in round `p.round`, and whom they met; writes the round. False when fewer than two are in. */
async function planProgram(db: DB, p: DueProgram) {
  const cooldown = p.cooldown_weeks ?? 26;
  const history = await membersSince(db, p.id, p.round - Math.max(cooldown, 4));
  const byPair = new Map<string, { ids: string[]; round: number }>();
  const last = new Map<string, number>();
  for (const m of history) {
    const pair = byPair.get(m.pair_id) ?? { ids: [], round: m.round };
    pair.ids.push(m.person_id);
    byPair.set(m.pair_id, pair);
    last.set(m.person_id, Math.max(last.get(m.person_id) ?? 0, m.round));
  }
  const met: [string, string][] = [];
  const trios = new Map<string, number>();
  for (const { ids, round } of byPair.values()) {
    if (round < p.round - cooldown) continue;
    ids.forEach((a, k) => ids.slice(k + 1).forEach((b) => met.push([a, b])));
    if (ids.length > 2) for (const id of ids) trios.set(id, (trios.get(id) ?? 0) + 1);
  }
  const people: RoulettePerson[] = (await candidates(db, p.id))
    .filter((c) => (p.kind === "roulette" || c.opted) && c.paused_at === null && c.skip_round !== p.round)
    .filter((c) => (last.get(c.id) ?? -Infinity) <= p.round - (c.cadence_weeks ?? p.cadence_weeks ?? DEFAULT_CADENCE))
    .map((c) => ({
      id: c.id,
      department: c.department,
      location: c.location,
      yearsExperience: c.years_experience,
      timezone: c.timezone,
      interests: [...names(c.offered), ...names(c.sought)],
      trios: trios.get(c.id) ?? 0,
    }));
  if (people.length < 2) return false;
  const startsAt = p.anchor + (p.round - 1) * WEEK;
  const groups = planRound({ people, met, mixBy: mixOf(p.mix_by), seed: `${p.id}:${p.round}`, at: startsAt });
  return writeRound(db, p.id, p.round, startsAt, groups);
}

const when = (language: UiLanguage, at: number, timeZone: string) =>
  `${formatInstant(language, at, { dateStyle: "full", timeStyle: "short" }, timeZone || "UTC")} (${timeZone || "UTC"})`;

/** The round's invite, its words in the reader's language (the same uid for everyone of the group). */
const roundInvite = (
  language: UiLanguage,
  r: StartingRound,
  pairId: string,
  group: MailPerson[],
  interests: string[],
  slot: { start: number },
) =>
  calendarFile(
    {
      uid: `roulette-${pairId}@tandem`,
      title: `${r.program_name}: ${formatList(
        language,
        group.map((g) => g.name),
      )}`,
      description: interests.length
        ? translate(language, "calendar.roulette.shared", { interests: interests.join(", ") })
        : translate(language, "calendar.roulette.getToKnow"),
      start: slot.start,
      startInputType: "utc",
      startOutputType: "utc",
      duration: { minutes: 30 },
      sequence: 0,
      method: "REQUEST",
    },
    { organizer: organizerFrom(env.MAIL_FROM), attendees: group.map(({ name, email }) => ({ name, email })) },
  );

/**
 * Introduces the next PAIRS_PER_TICK groups of a written round, each person once, and notes how far it
 * went; the round is started once its last group is introduced. A crash before the note sends the same
 * chunk again, which the mail keys turn into nothing.
 */
async function startRound(
  db: DB,
  queue: Queue<MailMessage>,
  origin: string,
  secret: string,
  r: StartingRound,
  now: number,
) {
  const groups = new Map<string, MailPerson[]>();
  for (const person of await roundPeople(db, r, PAIRS_PER_TICK)) {
    groups.set(person.pair_id, [...(groups.get(person.pair_id) ?? []), person]);
  }
  const mails: Outgoing[] = [];
  for (const [pairId, group] of groups) {
    const slot = suggestedSlot(
      r.starts_at,
      group.map((g) => g.timezone),
    );
    const interests = sharedInterests(group.map((g) => ({ interests: [...names(g.offered), ...names(g.sought)] })));
    for (const person of group) {
      const language = languageOf(person.ui_language);
      const link = { pairId, token: await pairToken(secret, pairId, person.id) };
      const round = {
        programName: r.program_name,
        round: r.round,
        interests,
        slot: when(language, slot.start, person.timezone),
        sharedHours: slot.shared,
      };
      const mail = rouletteIntroMail(
        language,
        person.name,
        group.filter((g) => g.id !== person.id),
        round,
        origin,
        link,
      );
      mails.push({
        key: `roulette-intro:${pairId}:${person.id}`,
        to: person.email,
        mail: {
          ...mail,
          attachments: [inviteAttachment(roundInvite(language, r, pairId, group, interests, slot), "REQUEST")],
        },
      });
    }
  }
  await sendMails(db, queue, mails);
  const last = [...groups.keys()].at(-1) ?? r.introduced_through ?? "";
  await markIntroduced(db, r, last, groups.size < PAIRS_PER_TICK, now);
  return groups.size < PAIRS_PER_TICK;
}

/**
 * One tick: writes a due round, or else introduces the next chunk of a written one; never both, so a tick
 * stays within its statements either way.
 */
export async function runRoulette(db: DB, queue: Queue<MailMessage>, origin: string, secret: string, now: number) {
  let planned = 0;
  for (const p of windowOfTick(await duePrograms(db, now), PROGRAMS_TRIED, now)) {
    if (await planProgram(db, p)) {
      planned++;
      break;
    }
  }
  if (planned) return { planned, started: 0 };
  let started = 0;
  for (const r of await roundsToStart(db, STARTS_PER_TICK))
    if (await startRound(db, queue, origin, secret, r, now)) started++;
  return { planned, started };
}
