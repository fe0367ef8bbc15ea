/** @module features/matching/access — a matching run of a program that the signed-in person manages (or administers), or a 404. */
import { createMiddleware } from "hono/factory";
import { notFound } from "../../platform/errors";
import { requireManager, type Guarded } from "../auth";
import { getProgram, type Program } from "../programs";
import { getRun, type MatchRun } from "./repo/runs";
import { RunParams } from "./schemas";

/** Route guard: the program of the path's `{id}` for its managers (404 for others), and its run `{runId}`. */
const managedRun = createMiddleware<Guarded<{ program: Program; run: MatchRun }>>(async (c, next) => {
  const id = c.req.param("id") ?? "";
  const me = requireManager(c.var.user, id);
  const program = await getProgram(c.var.db, id);
  if (!program) throw notFound("Program");
  const run = await getRun(c.var.db, program.id, c.req.param("runId") ?? "");
  if (!run) throw notFound("Run");
  c.set("me", me);
  c.set("program", program);
  c.set("run", run);
  await next();
});

/** What a route on one matching run for the program's managers says: `route.with(onManagedRun)`. */
export const onManagedRun = { middleware: [managedRun] as const, params: RunParams };
