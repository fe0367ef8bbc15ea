/**
 * @module features/rotations/routes
 * A reverse program's rotation as its managers run it: the whole schedule, planning again the cycles not
 * started (late joiners, leavers), swapping two people in a planned cycle, and pausing or resuming; each
 * change is in the audit log. What participants do is in features/rotations/partner-routes.
 */
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { answering } from "../../platform/answers";
import { audit } from "../audit";
import { programManager } from "../programs";
import { reverseOnly } from "./access";
import { setPaused } from "./repo/cycles";
import { rotationView } from "./repo/view";
import { replan, swap } from "./changes";
import { PauseSchema, RotationSchema, SwapSchema } from "./schemas";

const route = routesFor(["Rotations"]);
const managerRoute = route.with({ middleware: [programManager, reverseOnly] as const, params: IdParam });
const rotation = answering(managerRoute, json(RotationSchema, "The rotation"), refusals(400, 401, 404), (c) =>
  rotationView(c.var.db, c.var.program),
);

/** Mounted at `/programs/:id/rotations`. */
export const rotationRoutes = router()
  .openapi(
    ...rotation.post(
      "/plan",
      "Plan again every cycle not started yet, for who takes part now (managers)",
      async (c) => {
        const view = await replan(c.var.db, c.var.program);
        const planned = view.cycles.filter((cycle) => cycle.status === "planned").length;
        await audit(c, "rotation.replanned", { programId: c.var.program.id, detail: { cycles: planned } });
        return view;
      },
    ),
  )
  .openapi(
    ...rotation.post(
      "/swap",
      "Two juniors or two seniors trade places in a cycle not started yet (managers)",
      { body: SwapSchema, responses: refusals(409) },
      async (c) => {
        const { cycle, a, b } = c.req.valid("json");
        const view = await swap(c.var.db, c.var.program, { cycle, a, b });
        await audit(c, "rotation.swapped", { programId: c.var.program.id, detail: { cycle, people: [a, b] } });
        return view;
      },
    ),
  )
  .openapi(
    ...rotation.post(
      "/pause",
      "Pause the rotation (no cycle starts or ends) or resume it (managers); again, it changes nothing",
      { body: PauseSchema },
      async (c) => {
        const { program } = c.var;
        const { paused } = c.req.valid("json");
        if (await setPaused(c.var.db, program.id, paused)) {
          await audit(c, paused ? "rotation.paused" : "rotation.resumed", { programId: program.id });
        }
        return rotationView(c.var.db, { ...program, rotationPaused: paused });
      },
    ),
  )
  .openapi(...rotation.get("/", "The rotation's cycles with their pairs and byes (managers)"));
