/**
 * @module features/programs/setup
 * A new program with what its kind starts with (a one-to-one program's check-in and end-of-program
 * evaluation), the one way programs are made, by the API and by the demo seed alike.
 */
import type { DB } from "../../platform/db";
import { createProgram, type Program, type ProgramInput, type Statement } from "./repo/programs";
import { ensureDefaultSurveys } from "../surveys";

/** What a program of its kind starts with; safe to run again. */
export async function setUpProgram(db: DB, program: Program) {
  if (program.kind === "one-to-one") await ensureDefaultSurveys(db, program.id);
  return program;
}

/** Creates a program (with `withIt`'s statements in the same batch) and sets it up. */
export const newProgram = async (db: DB, input: ProgramInput, withIt?: (programId: string) => Statement[]) =>
  setUpProgram(db, await createProgram(db, input, withIt));
