/** @module features/programs/access — a program that the signed-in person manages (or administers), or a 404. */
import type { Context } from "hono";
import type { AppEnv } from "../../platform/env";
import { getProgram } from "./repo/programs";
import { notFound } from "../../platform/errors";
import { requireManager } from "../auth/middleware";

export async function managedProgram(c: Context<AppEnv>, id: string) {
  requireManager(c.var.user, id);
  const program = await getProgram(c.var.db, id);
  if (!program) throw notFound("Program");
  return program;
}
