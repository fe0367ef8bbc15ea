/**
 * @module features/groups/routes
 * Group mentoring and peer circles. A program's managers form groups (the proposal replaces the last
 * one; published groups stay), move people between proposed groups and publish them, which mails each
 * member once. The groups' own pages are in features/groups/page-routes.
 */
import { ApiError, badRequest } from "../../platform/errors";
import { IdParam, json, refusals } from "../../platform/schemas";
import { routesFor } from "../../platform/routes";
import { router } from "../../platform/validate";
import { answering } from "../../platform/answers";
import { mailerOf, recordMailBatch, sendMails } from "../mail";
import { programManager } from "../programs";
import { groupsOnly } from "./access";
import { groupReadyMail } from "./mail";
import { groupsView, moveMember, publishedMembers, publishGroups } from "./repo/formation";
import { proposeGroups } from "./propose";
import { GroupsSchema, MoveSchema, PlanSchema, PublishedSchema } from "./schemas";
import { languageOf } from "../../platform/i18n";

const route = routesFor(["Groups"]);
const managerRoute = route.with({ middleware: [programManager, groupsOnly] as const, params: IdParam });
const groups = answering(managerRoute, json(GroupsSchema, "The program's groups"), refusals(400, 401, 404), (c) =>
  groupsView(c.var.db, c.var.program),
);

export const groupRoutes = router()
  .openapi(...groups.get("/", "The program's groups, proposed and published, and who is in none (managers)"))
  .openapi(
    ...groups.post(
      "/plan",
      "Form groups anew for everyone not in a published group; replaces the proposed groups (managers)",
      { body: PlanSchema, responses: refusals(409) },
      (c) => proposeGroups(c.var.db, c.var.program, c.req.valid("json")),
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
      const fresh = new Set(await publishGroups(c.var.db, program.id));
      const view = await groupsView(c.var.db, program);
      if (!view.groups.length) throw new ApiError(409, "no_groups", "Form the groups first.");
      // Mail goes to every published member, not only the new ones: keys skip what was sent, and a
      // publish whose mail step failed is completed by calling it again.
      const members = await publishedMembers(c.var.db, program.id);
      const mailer = mailerOf(c);
      const mails = members.map((m) => ({
        key: `group-published:${m.groupId}:${m.id}`,
        to: m.email,
        mail: groupReadyMail(
          languageOf(m.ui_language),
          m.name,
          { name: m.groupName, programName: program.name, peer: program.kind === "peer" },
          members.filter((o) => o.groupId === m.groupId && o.id !== m.id),
          mailer.origin,
          m.groupId,
        ),
      }));
      // One bulk send per program (Admin → Mail problems shows its progress); a republish adds to it.
      const batchId = `groups:${program.id}`;
      const label = `Group announcements for ${program.name}`;
      await c.var.db.run(
        recordMailBatch(batchId, { kind: "group-published", label, programId: program.id, createdBy: c.var.me.id }),
      );
      await sendMails(mailer.db, mailer.queue, mails, batchId);
      return c.json({ ...view, mailed: members.filter((m) => fresh.has(m.groupId)).length }, 200);
    },
  );
