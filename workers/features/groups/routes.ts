/**
 * @module features/groups/routes
 * Group mentoring and peer circles. A program's managers form groups (the proposal replaces the last
 * one; published groups stay), move people between proposed groups and publish them, which mails each
 * member once. The groups' own pages are in features/groups/page-routes.
 */
import { badRequest } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { answering } from "../../platform/answers";
import { audit } from "../audit";
import { mailerOf } from "../mail";
import { programManager } from "../programs";
import { groupsOnly } from "./access";
import { groupsView, moveMember } from "./repo/formation";
import { proposeGroups } from "./propose";
import { publishAndMail } from "./publish";
import { GroupsSchema, MoveSchema, PlanSchema, PublishedSchema } from "./schemas";

const route = routesFor(["Groups"]);
const managerRoute = route.with({ middleware: [programManager, groupsOnly] as const, params: IdParam });
const groups = answering(managerRoute, json(GroupsSchema, "The program's groups"), refusals(400, 401, 404), (c) =>
  groupsView(c.var.db, c.var.program),
);

/** Mounted at `/programs/:id/groups`; each change is in the audit log. */
export const groupRoutes = router()
  .openapi(...groups.get("/", "The program's groups, proposed and published, and who is in none (managers)"))
  .openapi(
    ...groups.post(
      "/plan",
      "Form groups anew for everyone not in a published group; replaces the proposed groups (managers)",
      { body: PlanSchema, responses: refusals(409) },
      async (c) => {
        const { program } = c.var;
        const rules = c.req.valid("json");
        const view = await proposeGroups(c.var.db, program, rules);
        const formed = view.groups.filter((g) => g.status === "proposed").length;
        await audit(c, "groups.formed", { programId: program.id, detail: { groups: formed, ...rules } });
        return view;
      },
    ),
  )
  .openapi(
    ...groups.post(
      "/move",
      "Move someone from their proposed group to another; both groups' reasons are updated (managers)",
      { body: MoveSchema },
      async (c) => {
        const { program } = c.var;
        const { personId, groupId } = c.req.valid("json");
        const { error } = await moveMember(c.var.db, program, personId, groupId);
        if (error) throw badRequest("invalid_input", "Some fields are not valid.", error);
        await audit(c, "groups.member_moved", { programId: program.id, targetId: personId, detail: { groupId } });
        return groupsView(c.var.db, program);
      },
    ),
  )
  .openapi(
    managerRoute.post(
      "/publish",
      "Publish the proposed groups and email each member once; again, it changes nothing (managers)",
      { responses: { 200: json(PublishedSchema, "The groups, all published"), ...refusals(400, 401, 404, 409) } },
    ),
    async (c) => {
      const { program } = c.var;
      const { view, published, mailed } = await publishAndMail(mailerOf(c), program, c.var.me.id);
      if (published)
        await audit(c, "groups.published", { programId: program.id, detail: { groups: published, mailed } });
      return c.json({ ...view, mailed }, 200);
    },
  );
