/**
 * @module features/library/access
 * Who may use a program's library (its active participants and managers), open an entry (what
 * repo/visibility allows), curate it (its program's managers) or act on captured knowledge (its authors).
 * Whoever may not see a thing gets 404, so ids of program-only entries and drafts are not confirmed.
 */
import { createMiddleware } from "hono/factory";
import { forbidden, notFound } from "../../platform/errors";
import { canManage, requireUser, type Guarded } from "../auth";
import { getProgram, type Program } from "../programs";
import { entryFor, isMember, type Entry } from "./repo/entries";

type Opened = { entry: Entry; manages: boolean; authored: boolean };

/** Route guard: the program of the path's `{id}`, for its active participants and managers; `manages` says which. */
export const programReader = createMiddleware<Guarded<{ program: Program; manages: boolean }>>(async (c, next) => {
  const me = requireUser(c.var.user);
  const id = c.req.param("id") ?? "";
  const manages = canManage(me, id);
  const program = await getProgram(c.var.db, id);
  if (!program || (!manages && !(await isMember(c.var.db, id, me.id)))) throw notFound("Program");
  c.set("me", me);
  c.set("program", program);
  c.set("manages", manages);
  await next();
});

/**
 * Route guard: the entry of the path's `{id}` if the signed-in person may open it. `manage` demands
 * one of its program's managers (403 for a reader); `author` demands an author of captured knowledge.
 */
export const entryGuard = (opts: { manage?: boolean; author?: boolean } = {}) =>
  createMiddleware<Guarded<Opened>>(async (c, next) => {
    const me = requireUser(c.var.user);
    const found = await entryFor(c.var.db, c.req.param("id") ?? "", me);
    if (!found || (opts.author && (found.entry.kind !== "knowledge" || !found.authored))) throw notFound("Entry");
    if (opts.manage && !found.manages) throw forbidden("Only the program's managers curate its library.");
    c.set("me", me);
    c.set("entry", found.entry);
    c.set("manages", found.manages);
    c.set("authored", found.authored);
    await next();
  });
