/**
 * @module features/groups/publish
 * Publishing a program's proposed groups: they become the program's groups, and every member is mailed
 * their group once. Again, it changes nothing and mails nobody twice.
 */
import { ApiError } from "../../platform/errors";
import { languageOf } from "../../platform/i18n";
import { recordMailBatch, sendMails, type Mailer } from "../mail";
import type { GroupProgram } from "./access";
import { groupReadyMail } from "./mail";
import { groupsView, publishedMembers, publishGroups } from "./repo/formation";

/**
 * Publishes `program`'s proposed groups for `byId` (a manager) and answers the groups view, how many
 * groups this call published and how many of their members it mailed.
 */
export async function publishAndMail(mailer: Mailer, program: GroupProgram, byId: string) {
  const { db } = mailer;
  const fresh = new Set(await publishGroups(db, program.id));
  const view = await groupsView(db, program);
  if (!view.groups.length) throw new ApiError(409, "no_groups", "Form the groups first.");
  // Mail goes to every published member, not only the new ones: keys skip what was sent, and a
  // publish whose mail step failed is completed by calling it again.
  const members = await publishedMembers(db, program.id);
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
  await db.run(recordMailBatch(batchId, { kind: "group-published", label, programId: program.id, createdBy: byId }));
  await sendMails(db, mailer.queue, mails, batchId);
  return { view, published: fresh.size, mailed: members.filter((m) => fresh.has(m.groupId)).length };
}
