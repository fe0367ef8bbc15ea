/**
 * @module features/groups/page-routes
 * A published group's own page, for its members (the program's managers may read it): who is in the
 * group, the next meeting, which any member sets, and short notes, newest first; and each person's list
 * of their groups. Members who withdrew from the program lose the page and disappear from it.
 */
import { z } from "@hono/zod-openapi";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { guardedRoutesFor } from "../auth";
import { groupGuard } from "./access";
import { groupPageParts, insertNote, myGroups, setNextMeeting } from "./repo/pages";
import { GroupPageSchema, MeetingSchema, MyGroupsSchema, NoteCreatedSchema, NoteSchema } from "./schemas";

const { route, signedInRoute } = guardedRoutesFor(["Groups"]);
const memberRoute = route.with({ middleware: [groupGuard({ membersOnly: true })] as const, params: IdParam });

/** Mounted at `/groups/:id`. */
export const groupPageRoutes = router()
  .openapi(
    route.get("/", "A group's page: members, next meeting and notes, newest first (members, the program's managers)", {
      middleware: [groupGuard()] as const,
      params: IdParam,
      responses: { 200: json(GroupPageSchema, "The group"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { group, isMember } = c.var;
      const { program, members, notes } = await groupPageParts(c.var.db, group);
      const { id, name, status, sharedInterests } = group;
      const nextMeeting = { at: group.nextMeetingAt, place: group.nextMeetingPlace };
      const page = { id, name, status, program, members, sharedInterests, nextMeeting };
      return c.json({ ...page, notes, isMember }, 200);
    },
  )
  .openapi(
    memberRoute.put("/meeting", "Set the group's next meeting: when, and the place or video link (members)", {
      body: MeetingSchema,
      responses: {
        200: json(z.object({ at: z.number(), place: z.string() }).openapi("GroupMeeting"), "The next meeting"),
        ...refusals(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const { at, place } = c.req.valid("json");
      const when = Date.parse(at);
      await setNextMeeting(c.var.db, c.var.group.id, when, place);
      return c.json({ at: when, place }, 200);
    },
  )
  .openapi(
    memberRoute.post("/notes", "Post a short note on the group's page (members)", {
      body: NoteSchema,
      responses: { 201: json(NoteCreatedSchema, "The note"), ...refusals(400, 401, 403, 404) },
    }),
    async (c) => {
      const { me, group } = c.var;
      const note = { id: crypto.randomUUID(), authorId: me.id, body: c.req.valid("json").body, createdAt: Date.now() };
      await insertNote(c.var.db, { ...note, groupId: group.id });
      return c.json({ ...note, authorName: me.name }, 201);
    },
  );

/** Mounted at `/me/groups`. */
export const myGroupRoutes = router().openapi(
  signedInRoute.get("/", "Your published groups with their next meeting", {
    responses: { 200: json(MyGroupsSchema, "Your groups"), ...refusals(401) },
  }),
  async (c) => {
    const rows = await myGroups(c.var.db, c.var.me.id);
    const items = rows.map(({ at, place, ...r }) => ({ ...r, nextMeeting: { at, place } }));
    return c.json({ items }, 200);
  },
);
