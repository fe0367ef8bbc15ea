/**
 * @module features/library/knowledge-routes
 * Captured knowledge: either person of a pair (a reverse-mentoring cycle's pair too) turns their
 * meeting notes into a draft in one action, and the other is asked by mail to review it; both edit and
 * approve it, and it is shared with the program or the company (as they chose) once both approved;
 * either may withdraw it later. The mentorship's page also suggests entries for the skills the mentee
 * seeks. A group's knowledge is drafted in features/library/group-knowledge-routes.
 */
import { z } from "@hono/zod-openapi";
import { ApiError } from "../../platform/errors";
import { mailerOf } from "../mail";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { mentorshipGuard } from "../mentorships";
import { getProgram } from "../programs";
import { entryGuard } from "./access";
import { draftFromNotes } from "./capture";
import { asAuthor, draftAndAsk, notDraft } from "./drafting";
import { entryOf } from "./dto";
import { plainWords } from "../../platform/markdown";
import { authorsOfMany } from "./repo/entries";
import { approve, editDraft, knowledgeOf, notesOf, peopleOf, soughtSkills, withdraw } from "./repo/knowledge";
import { suggestFor } from "./repo/search";
import { EntrySchema, HitSchema, KnowledgeCreateSchema, KnowledgeEditSchema } from "./schemas";
import { vocabularyTags } from "./tags";

const route = routesFor(["Library"]).with({ params: IdParam });
const authorRoute = route.with({ middleware: [entryGuard({ author: true })] as const });
const answered = { 200: json(EntrySchema, "The entry"), ...refusals(400, 401, 404, 409) };
const MentorshipLibrary = z
  .object({ suggestions: z.array(HitSchema), knowledge: z.array(EntrySchema) })
  .openapi("MentorshipLibrary");

/** Mounted at `/mentorships/:id`. */
export const mentorshipKnowledgeRoutes = router()
  .openapi(
    route.get("/library", "Entries for the mentee's sought skills, and the pair's captured knowledge", {
      middleware: [mentorshipGuard({ pages: true })] as const,
      description: "Drafts and withdrawn knowledge are listed for their authors only.",
      responses: { 200: json(MentorshipLibrary, "Suggestions and knowledge"), ...refusals(401, 404) },
    }),
    async (c) => {
      const { db, me, mentorship: m } = c.var;
      const [skills, mine] = await Promise.all([
        soughtSkills(db, m.programId, m.menteeId),
        knowledgeOf(db, { mentorshipId: m.id }, me.id),
      ]);
      const [suggestions, authors] = await Promise.all([
        suggestFor(db, me, skills, m.programId),
        authorsOfMany(
          db,
          mine.map((r) => r.entry.id),
        ),
      ]);
      const knowledge = mine.map(({ entry }) =>
        entryOf(entry, authors.get(entry.id) ?? [], { manages: false, authored: true }),
      );
      return c.json({ suggestions, knowledge }, 200);
    },
  )
  .openapi(
    route.post("/knowledge", "Turn the pair's meeting notes into a knowledge draft (the pair)", {
      middleware: [mentorshipGuard({ pages: true, pairOnly: true })] as const,
      body: KnowledgeCreateSchema,
      description:
        "One open draft a pair: asked again, the answer is the draft already made (200). A new draft mails the other person once, asking them to review it.",
      responses: { 201: json(EntrySchema, "Drafted"), ...answered, ...refusals(403) },
    }),
    async (c) => {
      const { db, me, mentorship: m } = c.var;
      const notes = await notesOf(db, m.id);
      if (!notes.length)
        throw new ApiError(409, "no_notes", "Write notes on a meeting first: the draft is made from them.");
      const [program, skills, found] = await Promise.all([
        getProgram(db, m.programId),
        soughtSkills(db, m.programId, m.menteeId),
        peopleOf(db, [m.mentorId, m.menteeId]),
      ]);
      const vocabulary = new Set((program?.skills ?? []).map((s) => s.toLowerCase()));
      const input = c.req.valid("json");
      const pair = [m.mentorId, m.menteeId].flatMap((id) => found.filter((p) => p.id === id));
      const { entry, created } = await draftAndAsk(
        mailerOf(c),
        {
          programId: m.programId,
          source: { mentorshipId: m.id },
          scope: input.scope,
          title: input.title ?? `What we learned: ${pair.map((p) => p.name).join(" and ")}`,
          body: draftFromNotes(notes),
          tags: skills.filter((s) => vocabulary.has(s.toLowerCase())).slice(0, 10),
        },
        pair.find((p) => p.id === me.id)!,
        pair,
      );
      return c.json(entry, created ? 201 : 200);
    },
  );

/** Mounted at `/knowledge/:id`. */
export const knowledgeRoutes = router()
  .openapi(
    authorRoute.patch("/", "Edit a knowledge draft (its authors); the others approve again", {
      body: KnowledgeEditSchema,
      responses: answered,
    }),
    async (c) => {
      const { db, me, entry } = c.var;
      if (entry.status !== "draft") throw notDraft(entry);
      const { tags, body, ...rest } = c.req.valid("json");
      const program = entry.programId ? await getProgram(db, entry.programId) : null;
      await editDraft(db, entry.id, me.id, {
        ...rest,
        ...(body === undefined ? {} : { body, searchText: plainWords(body) }),
        ...(tags === undefined ? {} : { tags: vocabularyTags(tags, program?.skills ?? []) }),
      });
      return c.json(await asAuthor(db, entry.id), 200);
    },
  )
  .openapi(
    authorRoute.post("/approve", "Approve a knowledge draft (each author); shared once all approved", {
      responses: answered,
    }),
    async (c) => {
      const { db, me, entry } = c.var;
      if (entry.status === "withdrawn") throw notDraft(entry);
      await approve(db, entry.id, me.id, Date.now());
      return c.json(await asAuthor(db, entry.id), 200);
    },
  )
  .openapi(
    authorRoute.post("/withdraw", "Withdraw captured knowledge from the library (either author)", {
      responses: answered,
    }),
    async (c) => {
      await withdraw(c.var.db, c.var.entry.id, Date.now());
      return c.json(await asAuthor(c.var.db, c.var.entry.id), 200);
    },
  );
