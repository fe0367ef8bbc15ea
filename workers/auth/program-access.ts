/** @module auth/program-access — a program that the signed-in person manages (or administers), or a 404. */
import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { getProgram } from "../data/programs";
import { notFound } from "../lib/errors";
import { requireManager } from "./middleware";

export async function managedProgram(c: Context<AppEnv>, id: string) {
  requireManager(c.var.user, id);
  const program = await getProgram(c.var.db, id);
  if (!program) throw notFound("Program");
  return program;
}
