/**
 * Erasing an account: afterwards no text column of any table holds the person's address or name,
 * their old session is refused, their partner is told they left (without naming them) and can be
 * matched again, and the rows the program's counts are made of are still there. Only the person
 * themselves and admins may erase an account.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, env, ok, signIn } from "../helpers";
import { seedProgram } from "../seed";

const NAME = "Quirin Erasmo-Vandal";

/** Every table and column of the database (walked from sqlite_master) whose text holds `needle`. */
async function whereFound(needle: string) {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'",
  ).all<{ name: string }>();
  const found: string[] = [];
  for (const { name: table } of tables.results) {
    const columns = await env.DB.prepare(`SELECT name FROM pragma_table_info(?)`).bind(table).all<{ name: string }>();
    for (const { name: column } of columns.results) {
      const hit = await env.DB.prepare(
        `SELECT count(*) AS n FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0`,
      )
        .bind(needle)
        .first<{ n: number }>();
      if (hit!.n > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

async function seedPerson() {
  const seeded = await seedProgram<"gone" | "mentor" | "other">({
    people: {
      gone: { name: NAME, role: "mentee", goals: "Grow as a lead" },
      mentor: { name: "Rhea Mentor", role: "mentor" },
      other: { name: "Sol Stranger", role: "mentee" },
    },
    pairs: [["mentor", "gone"]],
  });
  const { emails, ids, mentorships, program } = seeded;
  const gone = await seeded.as("gone");
  const mentorshipId = mentorships[0]!;
  await ok(
    gone.api.mentorships[":id"].meetings.$post({
      param: { id: mentorshipId },
      json: { startsAt: "2031-05-06T09:00:00Z", minutes: 45, place: "Room 4", agenda: `${NAME}'s first question` },
    }),
    201,
  );
  const { items } = await ok(
    gone.api.mentorships[":id"].goals.$post({
      param: { id: mentorshipId },
      json: { horizon: "short", title: "Run a retro" },
    }),
  );
  const mentor = await seeded.as("mentor");
  await ok(
    mentor.api.goals[":id"].comments.$post({ param: { id: items[0]!.id }, json: { body: `Good start, ${NAME}` } }),
  );
  await ok(gone.api.goals[":id"].comments.$post({ param: { id: items[0]!.id }, json: { body: "Thanks!" } }));
  // What other paths leave behind: the partner's reminder and matched mail, an HR outcome, an opt-out,
  // the person named as someone's manager, a survey answer that counts in the results.
  const db = env.DB;
  await db.batch([
    db
      .prepare("INSERT INTO reminders (key, person_id, text, link, due_at) VALUES (?, ?, ?, '/x', 0)")
      .bind(`r-${mentorshipId}`, ids.mentor, `Meet ${NAME} tomorrow`),
    db
      .prepare(
        "INSERT INTO outgoing_mail (id, idempotency_key, to_email, subject, text, html, status) VALUES (?, ?, ?, ?, ?, ?, 'sent')",
      )
      .bind(
        crypto.randomUUID(),
        `matched:${mentorshipId}`,
        emails.mentor,
        `Meet ${NAME}`,
        `${NAME} <${emails.gone}>`,
        NAME,
      ),
    db
      .prepare("INSERT INTO outcomes (program_id, email, event, date) VALUES (?, ?, 'promoted', '2031-01-01')")
      .bind(program.id, emails.gone),
    db.prepare("INSERT INTO mail_opt_outs (email, category) VALUES (?, 'digest')").bind(emails.gone),
    db.prepare("UPDATE people SET manager_email = ? WHERE id = ?").bind(emails.gone, ids.other),
    // As an organiser they left a record of an action; the company's systems know their department and channel.
    db
      .prepare("INSERT INTO audit_log (id, actor_id, actor_email, action) VALUES (?, ?, ?, 'program.edited')")
      .bind(`log-${mentorshipId}`, ids.gone, emails.gone),
    db.prepare("INSERT INTO chat_preferences (person_id, reminders_by) VALUES (?, 'slack')").bind(ids.gone),
    db.prepare("INSERT INTO scim_groups (id, display_name) VALUES (?, 'Finance')").bind(`g-${mentorshipId}`),
    db
      .prepare("INSERT INTO scim_group_members (group_id, person_id) VALUES (?, ?)")
      .bind(`g-${mentorshipId}`, ids.gone),
    db
      .prepare("INSERT INTO surveys (id, program_id, title, questions, trigger) VALUES (?, ?, 'Check-in', '[]', '{}')")
      .bind(`s-${mentorshipId}`, program.id),
    db
      .prepare(
        "INSERT INTO survey_invitations (id, survey_id, person_id, subject, token_hash, due_at, closes_at) VALUES (?, ?, ?, 'program', ?, 0, 0)",
      )
      .bind(`i-${mentorshipId}`, `s-${mentorshipId}`, ids.gone, `h-${mentorshipId}`),
    db
      .prepare(
        "INSERT INTO survey_responses (id, survey_id, response_key, invitation_id, answers) VALUES (?, ?, ?, ?, '{\"q\":5}')",
      )
      .bind(`a-${mentorshipId}`, `s-${mentorshipId}`, `k-${mentorshipId}`, `i-${mentorshipId}`),
  ]);
  return { ...seeded, gone, mentor, mentorshipId };
}

const count = async (sql: string, ...binds: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...binds)
    .first<{ n: number }>())!.n;

describe("erasing an account", () => {
  it("leaves no trace of the address or the name, ends the session, and tells the partner without detail", async () => {
    const { gone, emails, ids, mentorshipId } = await seedPerson();
    expect((await whereFound(emails.gone)).length).toBeGreaterThan(5);
    expect(await whereFound(NAME)).toEqual(
      expect.arrayContaining(["people.name", "reminders.text", "outgoing_mail.text"]),
    );

    const oldCookie = gone.cookie;
    expect((await gone.request("DELETE", "/api/me")).status).toBe(204);
    expect(gone.cookie).toBe("");

    expect(await whereFound(emails.gone)).toEqual([]);
    expect(await whereFound(NAME)).toEqual([]);
    // The old cookie, sent again, no longer signs anyone in.
    gone.cookie = oldCookie;
    expect((await gone.api.me.$get()).status).toBe(401);
    const mentor = await signIn(emails.mentor);
    // The mentorship ended without the mail that names who ended it; the partner is told they left.
    expect(await count("SELECT count(*) AS n FROM mentorships WHERE id = ? AND status = 'ended'", mentorshipId)).toBe(
      1,
    );
    const toMentor = await env.DB.prepare(
      "SELECT subject, text FROM outgoing_mail WHERE to_email = ? ORDER BY created_at",
    )
      .bind(emails.mentor)
      .all<{ subject: string; text: string }>();
    const left = toMentor.results.filter((m) => /has left Tandem/.test(m.subject));
    expect(left).toHaveLength(1);
    expect(left[0]!.subject).toMatch(/^Your mentee in .* has left Tandem$/);
    expect(toMentor.results.filter((m) => /^Your mentorship in/.test(m.subject))).toEqual([]);
    // What the program's counts are made of stays, no longer linked to the person.
    expect(await count("SELECT count(*) AS n FROM meetings WHERE mentorship_id = ?", mentorshipId)).toBe(1);
    expect(
      await count(
        "SELECT count(*) AS n FROM survey_responses WHERE id = ? AND invitation_id IS NULL",
        `a-${mentorshipId}`,
      ),
    ).toBe(1);
    expect(
      await count("SELECT count(*) AS n FROM enrollments WHERE person_id = ? AND status = 'withdrawn'", ids.gone),
    ).toBe(1);
    expect(await count("SELECT count(*) AS n FROM goal_comments WHERE body = 'Thanks!'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM erasures")).toBeGreaterThan(0);
    // The organiser's record stays, by id only; the department and channel choice go.
    expect(
      await count("SELECT count(*) AS n FROM audit_log WHERE actor_id = ? AND actor_email IS NULL", ids.gone),
    ).toBe(1);
    expect(await count("SELECT count(*) AS n FROM chat_preferences WHERE person_id = ?", ids.gone)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM scim_group_members WHERE person_id = ?", ids.gone)).toBe(0);
    expect((await mentor.api.me.$get()).status).toBe(200);
    // A second erasure finds nobody left to erase.
    const admin = await signIn(ADMIN);
    expect((await admin.api.admin.people[":personId"].$delete({ param: { personId: ids.gone } })).status).toBe(404);
  });

  it("is refused to anyone but the person and admins, and an admin's erases", async () => {
    const { admin, emails, ids, program, as } = await seedProgram({
      people: { p: { name: "Pia Person", role: "mentee" }, m: { name: "Mo Manager", role: "mentor" } },
    });
    await ok(admin.api.programs[":id"].managers.$put({ param: { id: program.id }, json: { emails: [emails.m] } }));
    const path = { param: { personId: ids.p } };
    const manager = await signIn(emails.m);
    const participant = await as("p");
    expect((await manager.api.admin.people[":personId"].$delete(path)).status).toBe(403);
    expect((await participant.api.admin.people[":personId"].$delete({ param: { personId: ids.m } })).status).toBe(403);
    await participant.request("POST", "/api/auth/logout");
    expect((await participant.request("DELETE", "/api/me")).status).toBe(401);
    expect(await count("SELECT count(*) AS n FROM people WHERE email = ?", emails.p)).toBe(1);

    expect((await admin.api.admin.people[":personId"].$delete(path)).status).toBe(204);
    expect(await count("SELECT count(*) AS n FROM people WHERE email = ?", emails.p)).toBe(0);
    expect(await count("SELECT count(*) AS n FROM people WHERE id = ? AND name = 'Former participant'", ids.p)).toBe(1);
  });
});
