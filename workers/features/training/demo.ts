/**
 * @module features/training/demo
 * The demo's training, added once by fixed id: starter modules in a program, some required, and who
 * passed each, so `npm start` shows training on dashboards, in matching and on the Training tab.
 */
import { STARTERS } from "../../domain/training/starters";
import type { DB } from "../../platform/db";
import { addModulesOnce, passByEmails } from "./repo";

export type DemoModule = { starter: string; required: boolean; passedBy: string[] };

/** Adds the program's demo modules that are not there yet, and the passes of those who passed them. */
export async function addDemoTraining(db: DB, programId: string, modules: DemoModule[], at: number) {
  const rows = modules.map((m) => {
    const { key, ...starter } = STARTERS.find((s) => s.key === m.starter)!;
    return { ...starter, id: `demo-training-${key}`, programId, required: m.required };
  });
  await addModulesOnce(db, rows);
  for (const [i, m] of modules.entries()) await passByEmails(db, rows[i]!.id, m.passedBy, at);
}
