/**
 * @module features/groups/access
 * Who reaches a program's groups and a group's page: the program's managers form and publish groups;
 * a published group's members (and the managers, who only read) use its page; 404 for anyone else.
 */
import { createMiddleware } from "hono/factory";
import type { Program } from "../programs";
import { badRequest, forbidden, notFound } from "../../platform/errors";
import type { Guarded } from "../auth";
import { canManage, requireUser } from "../auth";
import { groupById, isActiveMember, type Group } from "./repo/pages";

export type GroupProgram = Program & { kind: "group" | "peer" };

/** Route guard after `programManager`: refuses a program that does not form groups, and narrows its kind. */
export const groupsOnly = createMiddleware<Guarded<{ program: GroupProgram }>>(async (c, next) => {
  const program: Program = c.var.program; // as programManager set it: its kind is what is checked here
  if (program.kind !== "group" && program.kind !== "peer") {
    throw badRequest("not_group_program", "Only group and peer programs form groups.");
  }
  c.set("program", { ...program, kind: program.kind });
  await next();
});

/**
 * Route guard: the group named by the path's `{id}` as `group`, for its members once published and its
 * program's managers; `membersOnly` for a change, which managers get 403 for.
 */
export const groupGuard = (opts: { membersOnly?: boolean } = {}) =>
  createMiddleware<Guarded<{ group: Group; isMember: boolean }>>(async (c, next) => {
    const me = requireUser(c.var.user);
    const group = await groupById(c.var.db, c.req.param("id") ?? "");
    const isMember = !!group && group.status === "published" && (await isActiveMember(c.var.db, group, me.id));
    if (!group || (!isMember && !canManage(me, group.programId))) throw notFound("Group");
    if (opts.membersOnly && !isMember) throw forbidden("Only the group's members can do this.");
    c.set("me", me);
    c.set("group", group);
    c.set("isMember", isMember);
    await next();
  });
