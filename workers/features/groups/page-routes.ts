/**
 * @module features/groups/page-routes
 * A published group's own page, for its members (the program's managers may read it): who is in the
 * group, the next meeting, which any member sets, and short notes, newest first; and each person's list
 * of their groups. Members who withdrew from the program lose the page and disappear from it.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { canManage, requireUser } from "../auth";
import { groupMembers, groupNotes, groups, programs } from "../../db/schema";
import { withdrewFrom } from "../programs/repo/participation";
import { forbidden, notFound } from "../../platform/errors";
import { router } from "../../platform/validate";
import { IdParam, errors, json, jsonBody } from "../../platform/schemas";
import { GroupPageSchema, MeetingSchema, MyGroupsSchema, NoteCreatedSchema, NoteSchema } from "./schemas";

const tags = ["Groups"];

/** The group, if the signed-in person is a member of it once published, or manages its program; 404 otherwise. */
async function visibleGroup(c: Context<AppEnv>, id: string) {
  const user = requireUser(c.var.user);
  const [group] = await c.var.db.select().from(groups).where(eq(groups.id, id));
  const [member] = group
    ? await c.var.db
        .select({ role: groupMembers.role })
        .from(groupMembers)
        .where(
          and(
            eq(groupMembers.groupId, id),
            eq(groupMembers.personId, user.id),
            sql`NOT ${withdrewFrom(sql`${group.programId}`, sql`${user.id}`)}`,
          ),
        )
    : [];
  const isMember = !!member && group?.status === "published";
  if (!group || (!isMember && !canManage(user, group.programId))) throw notFound("Group");
  return { user, group, isMember };
}

async function memberGroup(c: Context<AppEnv>, id: string) {
  const found = await visibleGroup(c, id);
  if (!found.isMember) throw forbidden("Only the group's members can do this.");
  return found;
}

const meetingOf = (g: { nextMeetingAt: number | null; nextMeetingPlace: string }) => ({
  at: g.nextMeetingAt,
  place: g.nextMeetingPlace,
});

export const groupPageRoutes = router()
  .openapi(
    createRoute({
      method: "get",
      path: "/groups/{id}",
      tags,
      summary: "A group's page: members, next meeting and notes, newest first (members, the program's managers)",
      request: { params: IdParam },
      responses: { 200: json(GroupPageSchema, "The group"), 401: errors[401], 404: errors[404] },
    }),
    async (c) => {
      const { group, isMember } = await visibleGroup(c, c.req.valid("param").id);
      const db = c.var.db;
      const [[program], members, notes] = await Promise.all([
        db
          .select({ id: programs.id, name: programs.name, kind: programs.kind })
          .from(programs)
          .where(eq(programs.id, group.programId)),
        db.all<z.infer<typeof GroupPageSchema>["members"][number]>(sql`
          SELECT p.id, p.name, p.email, p.title, p.department, gm.role
          FROM group_members gm JOIN people p ON p.id = gm.person_id
          WHERE gm.group_id = ${group.id} AND NOT ${withdrewFrom(sql`${group.programId}`, sql`p.id`)} ORDER BY gm.role = 'mentor' DESC, p.name, p.id`),
        // The newest hundred: a page, not an archive.
        db.all<z.infer<typeof NoteCreatedSchema>>(sql`
          SELECT n.id, n.author_id AS authorId, n.body,
            CASE WHEN p.id IS NULL OR ${withdrewFrom(sql`${group.programId}`, sql`p.id`)} THEN 'A former member'
              ELSE p.name END AS authorName,
            n.created_at AS createdAt
          FROM group_notes n LEFT JOIN people p ON p.id = n.author_id
          WHERE n.group_id = ${group.id} ORDER BY n.created_at DESC, n.id DESC LIMIT 100`),
      ]);
      const { id, name, status, sharedInterests } = group;
      const page = { id, name, status, program: program!, members, sharedInterests, nextMeeting: meetingOf(group) };
      return c.json({ ...page, notes, isMember }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/groups/{id}/meeting",
      tags,
      summary: "Set the group's next meeting: when, and the place or video link (members)",
      request: { params: IdParam, ...jsonBody(MeetingSchema) },
      responses: {
        200: json(z.object({ at: z.number(), place: z.string() }).openapi("GroupMeeting"), "The next meeting"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
      },
    }),
    async (c) => {
      const { group } = await memberGroup(c, c.req.valid("param").id);
      const { at, place } = c.req.valid("json");
      const next = { nextMeetingAt: Date.parse(at), nextMeetingPlace: place };
      await c.var.db.update(groups).set(next).where(eq(groups.id, group.id));
      return c.json({ at: next.nextMeetingAt, place }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/groups/{id}/notes",
      tags,
      summary: "Post a short note on the group's page (members)",
      request: { params: IdParam, ...jsonBody(NoteSchema) },
      responses: {
        201: json(NoteCreatedSchema, "The note"),
        400: errors[400],
        401: errors[401],
        403: errors[403],
        404: errors[404],
      },
    }),
    async (c) => {
      const { user, group } = await memberGroup(c, c.req.valid("param").id);
      const note = { id: crypto.randomUUID(), groupId: group.id, authorId: user.id, body: c.req.valid("json").body };
      const createdAt = Date.now();
      await c.var.db.insert(groupNotes).values({ ...note, createdAt });
      return c.json({ id: note.id, authorId: user.id, authorName: user.name, body: note.body, createdAt }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/groups",
      tags,
      summary: "Your published groups with their next meeting",
      responses: { 200: json(MyGroupsSchema, "Your groups"), 401: errors[401] },
    }),
    async (c) => {
      const user = requireUser(c.var.user);
      const rows = await c.var.db.all<{
        id: string;
        name: string;
        programName: string;
        role: "mentor" | "mentee" | "peer";
        members: number;
        at: number | null;
        place: string;
      }>(sql`
        SELECT g.id, g.name, pr.name AS programName, gm.role, g.next_meeting_at AS at, g.next_meeting_place AS place,
          (SELECT COUNT(*) FROM group_members x WHERE x.group_id = g.id
            AND NOT ${withdrewFrom(sql`g.program_id`, sql`x.person_id`)}) AS members
        FROM group_members gm JOIN groups g ON g.id = gm.group_id JOIN programs pr ON pr.id = g.program_id
        WHERE gm.person_id = ${user.id} AND g.status = 'published'
          AND NOT ${withdrewFrom(sql`g.program_id`, sql`gm.person_id`)}
        ORDER BY pr.name, g.number`);
      const items = rows.map(({ at, place, ...r }) => ({ ...r, nextMeeting: { at, place } }));
      return c.json({ items }, 200);
    },
  );
