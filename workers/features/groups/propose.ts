/**
 * @module features/groups/propose
 * Forming a program's groups anew: everyone not yet in a published group is grouped by the rules the
 * manager chose, and the proposal replaces the last one (published groups stay).
 */
import type { z } from "@hono/zod-openapi";
import { formGroups, type Formation } from "../../domain/groups/form";
import type { DB } from "../../platform/db";
import { ApiError, badRequest } from "../../platform/errors";
import type { GroupProgram } from "./access";
import { groupPool, groupsView, lastPublishedNumber, saveProposal } from "./repo/formation";
import type { PlanSchema } from "./schemas";

/** Proposes groups for `program` and answers its groups view, with the formation's warnings. */
export async function proposeGroups(
  db: DB,
  program: Pick<GroupProgram, "id" | "kind">,
  { groupSize, maxPerDepartment, mentorsPerGroup }: z.infer<typeof PlanSchema>,
) {
  const pool = await groupPool(db, program);
  const people = pool.filter((p) => p.grouped !== "published");
  if (!people.length) {
    const why = pool.length ? "Everyone is in a published group already." : "Nobody takes part in this program yet.";
    throw new ApiError(409, "nobody_to_group", why);
  }
  let formation: Formation;
  try {
    const perGroup = program.kind === "group" ? mentorsPerGroup : undefined;
    formation = formGroups({ kind: program.kind, people, groupSize, maxPerDepartment, mentorsPerGroup: perGroup });
  } catch (err) {
    // The domain refuses rules out of its range with a RangeError that says which; the schema keeps them in it.
    if (err instanceof RangeError) throw badRequest("invalid_input", err.message);
    throw err;
  }
  await saveProposal(db, program, formation, (await lastPublishedNumber(db, program.id)) + 1);
  return groupsView(db, program, formation.warnings);
}
