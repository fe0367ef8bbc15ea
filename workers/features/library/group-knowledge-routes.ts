/**
 * @module features/library/group-knowledge-routes
 * A group's captured knowledge: any member turns the group's notes into a draft; every member who wrote
 * one of those notes is an author (and so is the member who drafted it), each is asked by mail to
 * review it, and it is shared once all of them approved. Editing, approving and withdrawing are the
 * same as for a pair's (features/library/knowledge-routes).
 */
import { z } from "@hono/zod-openapi";
import { ApiError } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { groupGuard, notesOfMembers } from "../groups";
import { mailerOf } from "../mail";
import { getProgram } from "../programs";
import { draftFromGroupNotes } from "./capture";
import { draftAndAsk } from "./drafting";
import { entryOf } from "./dto";
import { authorsOfMany } from "./repo/entries";
import { knowledgeOf, peopleOf } from "./repo/knowledge";
import { EntrySchema, KnowledgeCreateSchema } from "./schemas";

const route = routesFor(["Library"]).with({ params: IdParam });
const GroupKnowledge = z.object({ knowledge: z.array(EntrySchema) }).openapi("GroupKnowledge");

export const groupKnowledgeRoutes = router()
  .openapi(
    route.get("/library", "The group's captured knowledge that you are an author of", {
      middleware: [groupGuard()] as const,
      description: "Drafts and withdrawn knowledge are listed for their authors only; managers get an empty list.",
      responses: { 200: json(GroupKnowledge, "The group's knowledge"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { db, me, group } = c.var;
      const mine = await knowledgeOf(db, { groupId: group.id }, me.id);
      const authors = await authorsOfMany(
        db,
        mine.map((r) => r.entry.id),
      );
      const knowledge = mine.map(({ entry }) =>
        entryOf(entry, authors.get(entry.id) ?? [], { manages: false, authored: true }),
      );
      return c.json({ knowledge }, 200);
    },
  )
  .openapi(
    route.post("/knowledge", "Turn the group's notes into a knowledge draft (its members)", {
      middleware: [groupGuard({ membersOnly: true })] as const,
      body: KnowledgeCreateSchema,
      description:
        "Every member who wrote a note is an author, and so is whoever drafts it; each other author is mailed once to review it. One open draft a group: asked again, the answer is the draft already made (200).",
      responses: {
        201: json(EntrySchema, "Drafted"),
        200: json(EntrySchema, "The draft made before"),
        ...refusals(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { db, me, group } = c.var;
      const notes = await notesOfMembers(db, group);
      if (!notes.length)
        throw new ApiError(
          409,
          "no_notes",
          "Write a note on the group's page first: the draft is made from the notes.",
        );
      const authorIds = [...new Set([me.id, ...notes.map((n) => n.authorId)])];
      const [program, authors] = await Promise.all([getProgram(db, group.programId), peopleOf(db, authorIds)]);
      const vocabulary = new Set((program?.skills ?? []).map((s) => s.toLowerCase()));
      const input = c.req.valid("json");
      const { entry, created } = await draftAndAsk(
        mailerOf(c),
        {
          programId: group.programId,
          source: { groupId: group.id },
          scope: input.scope,
          title: input.title ?? `What we learned: ${group.name}`,
          body: draftFromGroupNotes(notes),
          tags: group.sharedInterests.filter((s) => vocabulary.has(s.toLowerCase())).slice(0, 10),
        },
        authors.find((a) => a.id === me.id)!,
        authors,
      );
      return c.json(entry, created ? 201 : 200);
    },
  );
