/**
 * Section 5: one survey going out to 10,000 people. Tandem's cron step (invitations and mails in
 * chunks through `json_each`, queue messages 100 a `sendBatch`) beside a naive one-insert-per-row,
 * one-message-per-row fan-out, each on a fresh database with the same people, in the same run; then
 * the queue consumers delivering every mail (in batches of 10, as configured, against one message per
 * invocation). Counted: D1 statements, queue calls and messages, and time.
 */
import { sql } from "drizzle-orm";
import { createDb, type DB } from "../workers/platform/db";
import { surveyInvitations } from "../workers/db/schema";
import { deliverMail, type MailMessage } from "../workers/features/mail/outbox";
import { insertMail } from "../workers/features/mail/repo/outbox";
import { surveyInviteMail } from "../workers/features/surveys/mail";
import { devTransport } from "../workers/platform/mail-transport";
import { runSurveys } from "../workers/features/surveys/jobs";
import { invitationToken, tokenHash } from "../workers/features/surveys/tokens";
import { countingQueue, localD1 } from "./local-d1";
import { ms, ratio, table } from "./measure";

const PEOPLE = 10_000;
const NOW = Date.parse("2027-03-01T10:00:00Z");
const ORIGIN = "https://tandem.example";
const SECRET = "bench-secret-bench-secret-bench-secret-0123";
const FROM = "Tandem <tandem@example.com>";

/** A program that started on NOW's day, its people, and a survey due at its start. */
function seeded() {
  const local = localD1();
  const s = local.sqlite;
  s.exec("BEGIN");
  s.prepare(
    "INSERT INTO programs (id, slug, name, kind, join_key, starts_on) VALUES ('p', 'p', 'Bench program', 'group', 'k', '2027-03-01')",
  ).run();
  const person = s.prepare("INSERT INTO people (id, email, name) VALUES (?, ?, ?)");
  const enrol = s.prepare(
    "INSERT INTO enrollments (id, program_id, person_id, role, status) VALUES (?, 'p', ?, 'mentee', 'active')",
  );
  for (let i = 0; i < PEOPLE; i++) {
    person.run(`u${i}`, `person${i}@example.com`, `Person ${i}`);
    enrol.run(`e${i}`, `u${i}`);
  }
  const questions = JSON.stringify([{ id: "q", type: "rating", text: "How is it going?", required: true }]);
  s.prepare(
    "INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES ('s', 'p', 'Kick-off pulse', ?, '{\"anchor\":\"program-start\",\"offsetDays\":0}')",
  ).run(questions);
  s.exec("COMMIT");
  local.stats.statements = 0;
  local.stats.batches = 0;
  return local;
}

/** The baseline: every invitation and every mail its own INSERT, every message its own `send`. */
async function naive(db: DB, queue: Queue<MailMessage>) {
  const due = await db.all<{ person_id: string; name: string; email: string }>(sql`
    SELECT e.person_id, p.name, p.email FROM enrollments e JOIN people p ON p.id = e.person_id WHERE e.program_id = 'p'`);
  for (const d of due) {
    const id = crypto.randomUUID();
    const token = await invitationToken(SECRET, id);
    await db.insert(surveyInvitations).values({
      id,
      surveyId: "s",
      personId: d.person_id,
      subject: "program",
      role: "mentee",
      tokenHash: await tokenHash(token),
      dueAt: NOW,
      closesAt: NOW + 14 * 86_400_000,
    });
    const mailId = crypto.randomUUID();
    const survey = { title: "Kick-off pulse", about: "Bench program", closes: "15 March 2027", anonymous: false };
    await insertMail(db, mailId, `survey:${id}`, d.email, surveyInviteMail("en", d.name, survey, ORIGIN, token, 0));
    await queue.send({ mailId });
  }
}

async function consume(db: DB, ids: string[], perBatch: number) {
  const start = performance.now();
  for (let i = 0; i < ids.length; i += perBatch) {
    for (const id of ids.slice(i, i + perBatch)) {
      await deliverMail(db, devTransport, FROM, id, NOW, { origin: ORIGIN, secret: SECRET });
    }
  }
  return performance.now() - start;
}

async function measure(
  name: string,
  fanOut: (db: DB, queue: Queue<MailMessage>) => Promise<unknown>,
  perBatch: number,
) {
  const local = seeded();
  const db = createDb(local.d1);
  const q = countingQueue<MailMessage>();
  const start = performance.now();
  await fanOut(db, q.queue);
  const cronMs = performance.now() - start;
  const cron = { ...local.stats, ...q.stats };
  local.stats.statements = 0;
  const consumerMs = await consume(
    db,
    q.sent.map((m) => m.mailId),
    perBatch,
  );
  const sent = local.sqlite.prepare("SELECT COUNT(*) AS n FROM outgoing_mail WHERE status = 'sent'").get() as {
    n: number;
  };
  if (sent.n !== PEOPLE) throw new Error(`${name} sent ${sent.n} mails, not ${PEOPLE}`);
  return {
    name,
    cronMs,
    cron,
    consumerMs,
    consumerStatements: local.stats.statements,
    invocations: Math.ceil(PEOPLE / perBatch),
  };
}

export async function runSurveyFanOut() {
  console.log(`\n== One survey to ${PEOPLE.toLocaleString("en")} people: the cron's fan-out and the consumers ==`);
  const tandem = await measure("Tandem", (db, queue) => runSurveys(db, queue, ORIGIN, SECRET, NOW), 10);
  const baseline = await measure("one per row", naive, 1);
  table(
    [
      "fan-out",
      "cron time",
      "D1 statements",
      "queue calls",
      "messages",
      "consumer invocations",
      "consumer statements",
      "consumer time",
    ],
    [tandem, baseline].map((r) => [
      r.name,
      r === tandem ? ms(r.cronMs) : `${ms(r.cronMs)} (${ratio(r.cronMs, tandem.cronMs)})`,
      r === tandem
        ? String(r.cron.statements)
        : `${r.cron.statements} (${ratio(r.cron.statements, tandem.cron.statements)})`,
      r === tandem ? String(r.cron.calls) : `${r.cron.calls} (${ratio(r.cron.calls, tandem.cron.calls)})`,
      String(r.cron.messages),
      String(r.invocations),
      String(r.consumerStatements),
      ms(r.consumerMs),
    ]),
  );
}
