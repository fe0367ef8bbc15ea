/**
 * Invites travel with their mail: a meeting's mail carries its .ics as a `text/calendar; method=…`
 * attachment, kept in the outbox row (queue messages hold only the id), shown and downloadable in the
 * development mailbox, and handed to the transport on delivery. Names with quotes survive in CN.
 */
import { createExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { app } from "../../workers/app";
import { createDb } from "../../workers/platform/db";
import { inviteAttachment } from "../../workers/platform/calendar";
import { insertMails } from "../../workers/features/mail/repo/bulk";
import { deliverMail } from "../../workers/features/mail/outbox";
import { insertMail } from "../../workers/features/mail/repo/outbox";
import type { MailTransport, OutgoingMessage } from "../../workers/platform/mail-transport";
import { readInvite } from "../ical-read";
import { ORIGIN, env, mailbox, signIn } from "../helpers";
import { activePair } from "../seed";

const MENTOR_NAME = 'Mo "Mojo" Müller; Jr., PhD: 👩🏽‍💻';

async function pair() {
  const { mentorshipId, emails } = await activePair({ mentor: "Mo", mentee: "Zoë Ångström" });
  await env.DB.prepare("UPDATE people SET name = ? WHERE email = ?").bind(MENTOR_NAME, emails.mentor).run();
  return { mentorshipId, emails, mentee: await signIn(emails.mentee) };
}

const download = (url: string) => exports.default.fetch(`${ORIGIN}${url}`);
const db = createDb(env.DB);
const invite = inviteAttachment("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n", "REQUEST");

/** A mail in the outbox with an invite, as a route would leave it. */
async function storedInvite() {
  const id = crypto.randomUUID();
  await insertMail(db, id, `invite:${id}`, "ana@example.com", {
    subject: "Meeting",
    text: "t",
    html: "<p>t</p>",
    attachments: [invite],
  });
  return id;
}

describe("invites in the mail", () => {
  it("a meeting's mail carries its invite; moving and cancelling send the update in place", async () => {
    const { mentorshipId, emails, mentee } = await pair();
    const made = await mentee.json<{ id: string }>("POST", `/api/mentorships/${mentorshipId}/meetings`, {
      body: { startsAt: "2031-05-06T09:00:00Z", minutes: 45, place: "Café", agenda: "Career steps" },
    });
    expect(made.status).toBe(201);
    const id = made.body.id;
    await mentee.json("PATCH", `/api/meetings/${id}`, { body: { startsAt: "2031-05-07T09:00:00Z" } });
    await mentee.json("POST", `/api/meetings/${id}/cancel`);

    const mails = (await mailbox()).filter((m) => m.to === emails.mentor && /meeting/.test(m.subject)).reverse();
    expect(mails.map((m) => m.attachments.map((a) => a.contentType))).toEqual([
      ["text/calendar; charset=utf-8; method=REQUEST"],
      ["text/calendar; charset=utf-8; method=REQUEST"],
      ["text/calendar; charset=utf-8; method=CANCEL"],
    ]);
    const invites = [];
    for (const m of mails) {
      const res = await download(m.attachments[0]!.url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/calendar; charset=utf-8; method=/);
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="invite.ics"');
      invites.push(readInvite(await res.text()));
    }
    expect(invites.map((i) => [i.method, i.uid, i.sequence])).toEqual([
      ["REQUEST", `${id}@tandem`, 0],
      ["REQUEST", `${id}@tandem`, 1],
      ["CANCEL", `${id}@tandem`, 2],
    ]);
    for (const invite of invites) {
      expect(invite.organizer).toEqual({ name: "Tandem", email: "MAILTO:tandem@example.com" });
      expect(invite.attendees.map((a) => a.name).sort()).toEqual(["Mo 'Mojo' Müller; Jr., PhD: 👩🏽‍💻", "Zoë Ångström"]);
    }
  });

  it("the mailbox answers 404 for a file that is not there, and 400 for a bad index", async () => {
    const id = await storedInvite();
    expect((await download(`/api/dev/mail/${id}/attachments/0`)).status).toBe(200);
    expect((await download(`/api/dev/mail/${id}/attachments/1`)).status).toBe(404);
    expect((await download(`/api/dev/mail/nope/attachments/0`)).status).toBe(404);
    expect((await download(`/api/dev/mail/${id}/attachments/x`)).status).toBe(400);
  });

  it("files are not downloadable outside development", async () => {
    const res = await app.fetch(
      new Request(`${ORIGIN}/api/dev/mail/${await storedInvite()}/attachments/0`),
      { ...env, ENVIRONMENT: "production" },
      createExecutionContext(),
    );
    expect(res.status).toBe(404);
  });

  it("delivery hands the stored invite to the transport, from a single insert or a bulk one", async () => {
    const mail = { subject: "Meeting", text: "t", html: "<p>t</p>", attachments: [invite] };
    const id = await storedInvite();
    const [bulkId] = await insertMails(db, [{ key: `bulk:${crypto.randomUUID()}`, to: "bo@example.com", mail }]);
    const sent: OutgoingMessage[] = [];
    const transport: MailTransport = { send: async (m) => void sent.push(m) };
    expect(await deliverMail(db, transport, "Tandem <tandem@example.com>", id)).toBe("sent");
    expect(await deliverMail(db, transport, "Tandem <tandem@example.com>", bulkId!)).toBe("sent");
    expect(sent.map((m) => m.attachments)).toEqual([[invite], [invite]]);
  });
});
