/** @module features/imports/access — an import of a program its manager is on, named by the path's `{importId}`, or a 404. */
import { createMiddleware } from "hono/factory";
import { notFound } from "../../platform/errors";
import type { Guarded } from "../auth";
import type { Program } from "../programs";
import { getImport } from "./repo/imports";

export type Import = NonNullable<Awaited<ReturnType<typeof getImport>>>;

/** Route guard, after programManager: the program's import as `import`. */
export const importOf = createMiddleware<Guarded<{ program: Program; import: Import }>>(async (c, next) => {
  const found = await getImport(c.var.db, c.var.program.id, c.req.param("importId") ?? "");
  if (!found) throw notFound("Import");
  c.set("import", found);
  await next();
});
