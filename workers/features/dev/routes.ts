/**
 * @module features/dev/routes
 * Development only (ENVIRONMENT=development): the mailbox, the demo seed, and the development clock.
 * Every route here answers 404 in any other environment, as if it did not exist.
 */
import { z } from "@hono/zod-openapi";
import { runClock } from "../../clock";
import { NO_SESSION } from "../../platform/api-document";
import { publicOrigin } from "../../platform/config";
import { notFound } from "../../platform/errors";
import { json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { asSent, withBrand } from "../mail";
import { readOrganisation } from "../organisation";
import { devOnly } from "./access";
import { mailAttachments, newestMail } from "./repo";
import { seedDemo } from "./seed";

const route = routesFor(["Development"]);
const devRoute = route.with({ middleware: [devOnly] as const });

const MailSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
    links: z.array(z.string()),
    attachments: z.array(
      z
        .object({ filename: z.string(), contentType: z.string(), size: z.number(), url: z.string() })
        .openapi("DevMailAttachment"),
    ),
    status: z.string(),
    createdAt: z.number(),
    sentAt: z.number().nullable(),
  })
  .openapi("DevMail");

const AttachmentParams = z.object({ id: z.string().max(100), index: z.coerce.number().int().min(0).max(100) });

const linksIn = (text: string) => [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];

export const devRoutes = router()
  .openapi(
    devRoute.get("/mail", "Every email the app sent, newest first (development only)", {
      security: NO_SESSION,
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      responses: {
        200: json(z.array(MailSchema), "The development mailbox"),
        404: { description: "Not in development" },
      },
    }),
    async (c) => {
      const rows = await newestMail(c.var.db, c.req.valid("query").limit);
      // As it went out: under the organisation's name, with the unsubscribe line of its category, if any.
      const origin = publicOrigin(c.var.config, c.req.url);
      const org = await readOrganisation(c.var.db);
      const brand = org && { name: org.name };
      const sent = await Promise.all(rows.map((m) => asSent(withBrand(m, brand), origin, c.env.JWT_SECRET)));
      return c.json(
        rows.map((m, i) => ({
          id: m.id,
          to: m.toEmail,
          subject: m.subject,
          text: sent[i]!.text,
          html: sent[i]!.html,
          links: linksIn(sent[i]!.text),
          attachments: (m.attachments ?? []).map((a, index) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: new TextEncoder().encode(a.content).length,
            url: `/api/dev/mail/${encodeURIComponent(m.id)}/attachments/${index}`,
          })),
          status: m.status,
          createdAt: m.createdAt,
          sentAt: m.sentAt,
        })),
        200,
      );
    },
  )
  .openapi(
    route.get(
      "/mail/{id}/attachments/{index}",
      "Download a file sent with a mail, such as its calendar invite (development only)",
      {
        middleware: [devOnly] as const,
        params: AttachmentParams,
        responses: {
          200: { content: { "application/octet-stream": { schema: z.string() } }, description: "The file as sent" },
          ...refusals(404),
        },
      },
    ),
    async (c) => {
      const { id, index } = c.req.valid("param");
      const file = (await mailAttachments(c.var.db, id))?.[index];
      if (!file) throw notFound("Attachment");
      return c.body(file.content, 200, {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      });
    },
  )
  .openapi(
    devRoute.post("/seed", "Seed the demo company once (development only)", {
      security: NO_SESSION,
      responses: {
        200: json(z.object({ seeded: z.boolean() }), "Whether anything was added"),
        404: { description: "Not in development" },
      },
    }),
    async (c) => c.json({ seeded: await seedDemo(c.var.db, c.var.config) }, 200),
  )
  .openapi(
    devRoute.post("/tick", "Run the clock's scheduled work as if it were `now` (development only)", {
      security: NO_SESSION,
      description:
        "Rotations, follow-ups and other schedules run at the given time; housekeeping keeps the real time, so nobody is signed out.",
      body: z
        .object({ now: z.iso.datetime({ offset: true, message: "Use a time like 2027-02-01T09:00:00Z." }) })
        .openapi("DevTick"),
      responses: {
        200: json(z.object({ now: z.number(), done: z.record(z.string(), z.unknown()) }), "What the tick did"),
        400: { description: "Not a time" },
        404: { description: "Not in development" },
      },
    }),
    async (c) => {
      const now = Date.parse(c.req.valid("json").now);
      return c.json({ now, done: await runClock(c.env, now, Date.now()) }, 200);
    },
  );
