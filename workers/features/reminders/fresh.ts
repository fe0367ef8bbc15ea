/**
 * @module features/reminders/fresh
 * Reminders are written when the clock notes them but sent later (in the person's working hours, after
 * the queue): by then a meeting may be cancelled, a request answered, an event started, a survey
 * answered or closed. The mail consumer asks here at sending time, from the rows as they are then:
 * a digest goes out with only what is still due (written again), or not at all; a survey reminder not
 * at all. What is dropped is recorded as suppressed by the consumer, so it is never retried.
 */
import type { DB } from "../../platform/db";
import type { StillDue } from "../mail";
import { reminderDigestMail } from "./mail";
import { remindersOfDigests, stillDue, type Reminded } from "./repo";
import { languageOf } from "../../platform/i18n";
import { reminderText } from "./words";

/** The kinds `stillDue` knows; a reminder of another kind is kept as it is. */
const KINDS = new Set(["meeting", "request", "event", "milestone", "rotation", "nudge", "survey", "journey"]);

/**
 * Reads a reminder's key: `meeting:<id>:<sequence>:<person>`, `rotation:<program>:<cycle>:<person>`,
 * `journey:<mentorship>:<step>:<person>`, `request:<id>` …
 */
function readKey(key: string, person: string): Reminded {
  const [kind = "", id = "", n = "0"] = key.split(":");
  return { key, kind, id, n: Number(n) || 0, person, step: n };
}

export const remindersStillDue: StillDue = async (db: DB, mails, now) => {
  const decided = new Map<string, { subject: string; text: string; html: string } | null>();
  const digests = mails.filter((m) => m.idempotencyKey.startsWith("digest:"));
  // A survey's reminder is keyed `survey-reminder:<invitation>:<n>`; its first invitation is not a reminder.
  const surveys = mails.filter((m) => m.idempotencyKey.startsWith("survey-reminder:"));
  if (!digests.length && !surveys.length) return decided;

  const items = digests.length
    ? await remindersOfDigests(
        db,
        digests.map((d) => d.idempotencyKey),
      )
    : [];
  const asked = [
    ...items.map((r) => readKey(r.key, r.person_id)),
    ...surveys.map((m) => ({ ...readKey(m.idempotencyKey, ""), kind: "survey" })),
  ];
  const known = asked.filter((a) => KINDS.has(a.kind));
  const due = new Set(known.length ? (await stillDue(db, known, now)).map((r) => r.key) : []);
  const isDue = (a: Reminded) => !KINDS.has(a.kind) || due.has(a.key);

  for (const m of surveys) if (!due.has(m.idempotencyKey)) decided.set(m.id, null);
  for (const m of digests) {
    const mine = items.filter((r) => r.digest_key === m.idempotencyKey);
    const kept = mine.filter((r) => isDue(readKey(r.key, r.person_id)));
    if (kept.length === mine.length) continue; // all still due, or none found: sent as written
    if (!kept.length) decided.set(m.id, null);
    else {
      // In the language the digest was written in when queued, not the profile's now: one mail, one language.
      const reader = { language: languageOf(m.language), timezone: kept[0]!.timezone };
      const lines = kept.map((r) => ({ text: reminderText(r.text, reader, now), link: r.link }));
      const { subject, text, html } = reminderDigestMail(reader.language, kept[0]!.name, lines);
      decided.set(m.id, { subject, text, html });
    }
  }
  return decided;
};
