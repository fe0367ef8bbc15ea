/**
 * @module features/programs/start
 * Where a new program starts: from scratch, from a template (its kind, weights, surveys, rhythm, journey,
 * agreement and starter resources, which become its library's first entries), or as a copy of an earlier
 * program (its settings, weights, surveys, journey and its library's pinned entries; never its people,
 * pairs or dates). Whatever the request gives wins over the starting point.
 */
import type { z } from "@hono/zod-openapi";
import type { DB } from "../../platform/db";
import { ApiError } from "../../platform/errors";
import { PROFILE_FIELDS } from "../../domain/profile";
import { RETENTION_MONTHS } from "../../domain/audit";
import { thresholdsFor, type JourneyStep } from "../../domain/journeys/journey";
import { programTemplate } from "../../domain/journeys/templates";
import { pinnedCopies, starterInserts } from "../library";
import { copySurveys, ensureDefaultSurveys } from "../surveys";
import { createProgram, getProgram, type ProgramInput, type Statement } from "./repo/programs";
import type { ProgramCreateSchema } from "./schemas";
import { setUpProgram } from "./setup";

type CreateInput = Omit<z.infer<typeof ProgramCreateSchema>, "managerEmails">;

const DEFAULTS = {
  description: "",
  startsOn: null,
  endsOn: null,
  defaultCapacity: 2,
  skills: [],
  profileFields: [...PROFILE_FIELDS],
  cycleWeeks: null,
  rotationMixDepartments: false,
  meetingEveryDays: null,
  mentorsNeedApproval: false,
  agreementTerms: null,
  retentionMonths: RETENTION_MONTHS.default,
};

const withIds = (steps: Omit<JourneyStep, "id">[]): JourneyStep[] =>
  steps.map((s) => ({ id: crypto.randomUUID(), ...s }));

async function startingPoint(db: DB, input: CreateInput): Promise<Partial<ProgramInput>> {
  if (input.templateId) {
    const t = programTemplate(input.templateId)!;
    return {
      name: t.name,
      kind: t.kind,
      description: t.description,
      matchSettings: t.matchSettings,
      meetingEveryDays: t.meetingEveryDays,
      ...thresholdsFor(t.meetingEveryDays),
      mentorsNeedApproval: t.mentorsNeedApproval,
      agreementTerms: t.agreement,
      journey: withIds(t.journey),
      templateId: t.id,
    };
  }
  if (input.copyFrom) {
    const from = await getProgram(db, input.copyFrom);
    if (!from) {
      throw new ApiError(400, "invalid_input", "Some fields are not valid.", { copyFrom: "No such program." });
    }
    // Settings only: the copy has no people, no pairs, no dates and a link of its own.
    const { id, slug, joinKey, startsOn, endsOn, choiceClosesOn, rotationPaused, createdAt, updatedAt, ...settings } =
      from;
    return { ...settings, name: `${from.name} (copy)` };
  }
  return {};
}

const definedOnly = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * The library entries a program starts with, in the batch that creates it: so they come exactly once,
 * and never without the program.
 */
async function firstEntries(db: DB, input: CreateInput, by: string): Promise<(programId: string) => Statement[]> {
  const now = Date.now();
  if (input.templateId) {
    const resources = programTemplate(input.templateId)!.resources;
    return (id) => starterInserts(db, id, resources, by, now);
  }
  if (input.copyFrom) return pinnedCopies(db, input.copyFrom, by, now);
  return () => [];
}

/**
 * Creates the program (with `withIt`'s statements and its first library entries in its batch), then its
 * surveys as its start says; `by` is who creates it.
 */
export async function startProgram(db: DB, input: CreateInput, by: string, withIt: (programId: string) => Statement[]) {
  const { templateId, copyFrom, ...fields } = input;
  const program = {
    ...DEFAULTS,
    ...(await startingPoint(db, input)),
    ...definedOnly(fields),
  } as ProgramInput;
  if (fields.meetingEveryDays) Object.assign(program, thresholdsFor(fields.meetingEveryDays));
  if (program.kind === "reverse") program.cycleWeeks ??= 4;
  if (program.kind === "roulette") program.cycleWeeks ??= 2; // a roulette program's default cadence
  if (program.startsOn && program.endsOn && program.startsOn > program.endsOn) {
    throw new ApiError(400, "invalid_input", "Some fields are not valid.", {
      endsOn: "The end date is before the start date.",
    });
  }
  const entries = await firstEntries(db, input, by);
  const created = await createProgram(db, program, (id) => [...withIt(id), ...entries(id)]);
  if (templateId) await ensureDefaultSurveys(db, created.id, programTemplate(templateId)!.surveys);
  else if (copyFrom) await copySurveys(db, copyFrom, created.id);
  else await setUpProgram(db, created);
  return created;
}
