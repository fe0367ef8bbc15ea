/**
 * @module data/program-setup
 * A new program with what its kind starts with (a one-to-one program's check-in and end-of-program
 * evaluation), the one way programs are made, by the API and by the demo seed alike.
 */
import type { DB } from "../db/client";
import { createProgram, type Program, type ProgramInput } from "./programs";
import { ensureDefaultSurveys } from "./surveys";

/** What a program of its kind starts with; safe to run again. */
export async function setUpProgram(db: DB, program: Program) {
  if (program.kind === "one-to-one") await ensureDefaultSurveys(db, program.id);
  return program;
}

/** Creates a program and sets it up. */
export const newProgram = async (db: DB, input: ProgramInput) => setUpProgram(db, await createProgram(db, input));
