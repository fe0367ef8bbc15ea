/**
 * @module features/rotations/changes
 * What a rotation's managers change in it: planning again the cycles not started yet, and two people
 * trading places in one of them. Each answers the rotation as the managers see it afterwards.
 */
import type { z } from "@hono/zod-openapi";
import { swapInCycle } from "../../domain/rotations/swap";
import type { DB } from "../../platform/db";
import { ApiError, badRequest } from "../../platform/errors";
import type { Program } from "../programs";
import { asCycle, cyclesOf, replanRotation, saveCyclePairs } from "./repo/cycles";
import { rotationMembers, rotationView } from "./repo/view";
import type { SwapSchema } from "./schemas";

/** Plans again every cycle not started yet, for who takes part now; the program's term sets the cycles. */
export async function replan(db: DB, program: Program) {
  if (!program.startsOn || !program.endsOn) throw badRequest("no_term", "Set the program's start and end dates.");
  await replanRotation(db, program);
  return rotationView(db, program);
}

const started = () => new ApiError(409, "cycle_started", "This cycle has started; only later ones change.");

/** Two juniors or two seniors trade places in a cycle not started yet. */
export async function swap(db: DB, program: Program, { cycle, a, b }: z.infer<typeof SwapSchema>) {
  const rows = await cyclesOf(db, program.id);
  const row = rows.find((r) => r.cycle === cycle);
  if (!row) throw badRequest("invalid_input", "Some fields are not valid.", { cycle: "No such cycle." });
  if (row.startedAt) throw started();
  const roles = new Map((await rotationMembers(db, program.id)).map((p) => [p.id, p.role]));
  const result = swapInCycle(asCycle(row), rows.map(asCycle), a, b, (id) => roles.get(id) ?? null);
  if ("error" in result) throw new ApiError(409, "swap_refused", result.error);
  // The save checks again that the cycle has not started, in the same statement that writes it.
  if (!(await saveCyclePairs(db, program.id, result.cycle))) throw started();
  return rotationView(db, program);
}
