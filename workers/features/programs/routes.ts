/**
 * @module features/programs/routes
 * Programs: create and edit (admins; managers edit their own), the shared link and its key, managers.
 */
import { z } from "@hono/zod-openapi";
import { publicOrigin, type Config } from "../../platform/config";
import type { DB } from "../../platform/db";
import { ApiError } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";

import { router } from "../../platform/validate";
import { adminOnly } from "../auth";
import { programManager, programRoutesFor } from "./access";
import {
  hasEnrollments,
  managersAndCounts,
  managerInserts,
  newJoinKey,
  pageOfPrograms,
  peopleForEmails,
  setManagers,
  signupUrl,
  updateProgram,
  type Program,
} from "./repo/programs";
import {
  ManagersSchema,
  PageQuery,
  ProgramCreateSchema,
  ProgramListSchema,
  ProgramSchema,
  ProgramUpdateSchema,
} from "./schemas";
import { startProgram } from "./start";
import { thresholdsFor } from "../../domain/journeys/journey";
import { audit, auditStatement } from "../audit";

type ProgramDto = z.infer<typeof ProgramSchema>;
type Ctx = { var: { db: DB; config: Config }; req: { url: string } };

/** Programs with their managers, counts and link, in two round trips whatever their number. */
async function toDtos(c: Ctx, rows: Program[]): Promise<ProgramDto[]> {
  const ids = rows.map((p) => p.id);
  const { managers, counts } = await managersAndCounts(c.var.db, ids);
  const origin = publicOrigin(c.var.config, c.req.url);
  return rows.map((p) => {
    const n = counts.get(p.id) ?? {};
    return {
      id: p.id,
      slug: p.slug,
      name: p.name,
      kind: p.kind,
      description: p.description,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      defaultCapacity: p.defaultCapacity,
      skills: p.skills,
      profileFields: p.profileFields as ProgramDto["profileFields"],
      cycleWeeks: p.cycleWeeks,
      rotationMixDepartments: p.rotationMixDepartments,
      meetingEveryDays: p.meetingEveryDays,
      mentorsNeedApproval: p.mentorsNeedApproval,
      agreementTerms: p.agreementTerms,
      templateId: p.templateId,
      retentionMonths: p.retentionMonths,
      signupUrl: signupUrl(origin, p),
      managers: managers.filter((m) => m.programId === p.id).map(({ id, email, name }) => ({ id, email, name })),
      counts: { pending: n.pending ?? 0, active: n.active ?? 0, withdrawn: n.withdrawn ?? 0 },
      createdAt: p.createdAt,
    };
  });
}

const toDto = async (c: Ctx, program: Program) => (await toDtos(c, [program]))[0]!;

const { route, signedInRoute, adminRoute, managerRoute } = programRoutesFor(["Programs"]);

export const programRoutes = router()
  .openapi(
    signedInRoute.get("/", "Programs you can manage (all of them for admins)", {
      query: PageQuery,
      responses: { 200: json(ProgramListSchema, "A page of programs"), ...refusals(401) },
    }),
    async (c) => {
      const { me } = c.var;
      const { page, pageSize } = c.req.valid("query");
      const { rows, total } = await pageOfPrograms(
        c.var.db,
        me.isAdmin ? undefined : me.managedProgramIds,
        page,
        pageSize,
      );
      return c.json({ items: await toDtos(c, rows), total, page, pageSize }, 200);
    },
  )
  .openapi(
    adminRoute.post("/", "Create a program from scratch, from a template or as a copy of another (admin)", {
      body: ProgramCreateSchema,
      responses: { 201: json(ProgramSchema, "The new program"), ...refusals(400, 401, 403) },
    }),
    async (c) => {
      const { managerEmails, ...input } = c.req.valid("json");
      // Managers are found (or made) first, then named in the batch that creates the program.
      const managers = await peopleForEmails(c.var.db, managerEmails);
      // The audit row goes in the batch that creates the program: one cannot be without the other.
      const program = await startProgram(c.var.db, input, c.var.me.id, (id) => [
        ...managerInserts(
          c.var.db,
          id,
          managers.map((m) => m.id),
        ),
        auditStatement(c, "program.created", {
          programId: id,
          detail: {
            from: input.templateId ? "template" : input.copyFrom ? "copy" : "scratch",
            managers: managers.length,
          },
        }),
      ]);
      return c.json(await toDto(c, program), 201);
    },
  )
  .openapi(
    managerRoute.get("/{id}", "One program (its managers and admins)", {
      responses: { 200: json(ProgramSchema, "The program"), ...refusals(401, 404) },
    }),
    async (c) => c.json(await toDto(c, c.var.program), 200),
  )
  .openapi(
    managerRoute.patch("/{id}", "Edit a program (its managers and admins)", {
      description: "The kind can change only while nobody is enrolled, since roles depend on it.",
      body: ProgramUpdateSchema,
      responses: {
        200: json(ProgramSchema, "The program as saved"),
        ...refusals(400, 401, 404),
        409: json(z.object({ error: z.object({ code: z.string(), message: z.string() }) }), "Kind locked"),
      },
    }),
    async (c) => {
      const { program } = c.var;
      const changes = c.req.valid("json");
      const startsOn = changes.startsOn === undefined ? program.startsOn : changes.startsOn;
      const endsOn = changes.endsOn === undefined ? program.endsOn : changes.endsOn;
      if (startsOn && endsOn && startsOn > endsOn) {
        throw new ApiError(400, "invalid_input", "Some fields are not valid.", {
          endsOn: "The end date is before the start date.",
        });
      }
      if (changes.kind && changes.kind !== program.kind && (await hasEnrollments(c.var.db, program.id))) {
        throw new ApiError(409, "kind_locked", "People are enrolled already, so the program's kind cannot change.");
      }
      // A new rhythm sets the thresholds it implies; the health policy can still fine-tune them afterwards.
      const rhythm = changes.meetingEveryDays ? thresholdsFor(changes.meetingEveryDays) : {};
      const saved = await updateProgram(c.var.db, program.id, { ...changes, ...rhythm });
      await audit(c, "program.edited", { programId: program.id, detail: { fields: Object.keys(changes).sort() } });
      return c.json(await toDto(c, saved), 200);
    },
  )
  .openapi(
    managerRoute.post("/{id}/rotate-key", "Replace the shared link's key; links with the old key stop working", {
      responses: { 200: json(ProgramSchema, "The program with its new link"), ...refusals(401, 404) },
    }),
    async (c) => {
      const saved = await updateProgram(c.var.db, c.var.program.id, { joinKey: newJoinKey() });
      await audit(c, "program.link_rotated", { programId: saved.id });
      return c.json(await toDto(c, saved), 200);
    },
  )
  .openapi(
    route.put("/{id}/managers", "Name the program's managers by email (admin)", {
      middleware: [adminOnly, programManager] as const,
      params: IdParam,
      body: ManagersSchema,
      responses: { 200: json(ProgramSchema, "The program with its managers"), ...refusals(400, 401, 403, 404) },
    }),
    async (c) => {
      const { program } = c.var;
      const managers = await peopleForEmails(c.var.db, c.req.valid("json").emails);
      await setManagers(
        c.var.db,
        program.id,
        managers.map((m) => m.id),
      );
      await audit(c, "program.managers_changed", { programId: program.id, detail: { managers: managers.length } });
      return c.json(await toDto(c, program), 200);
    },
  );
