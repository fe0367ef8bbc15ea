/** @module features/groups/schemas — group mentoring and peer circles: forming, adjusting and publishing groups, and their pages. */
import { z } from "@hono/zod-openapi";
import { GROUP_ROLES } from "../../domain/roles";
import { GROUP_STATUSES } from "../../domain/statuses";
import { placeText } from "../../platform/schemas";

const whole = (what: string, min: number, max: number) =>
  z
    .number({ message: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .min(min, `${what} is at least ${min}.`)
    .max(max, `${what} is at most ${max}.`);

export const PlanSchema = z
  .object({
    groupSize: whole("Group size", 2, 12).openapi({ description: "Members per group (mentors not counted)" }),
    maxPerDepartment: whole("The department limit", 1, 12)
      .nullable()
      .default(null)
      .openapi({ description: "At most this many of one department per group; null for no rule" }),
    mentorsPerGroup: whole("Mentors per group", 1, 6)
      .default(1)
      .openapi({ description: "Mentors leading each group (group programs; ignored in peer programs)" }),
  })
  .openapi("GroupPlanInput");

export const MoveSchema = z
  .object({ personId: z.string().min(1).max(64), groupId: z.string().min(1).max(64) })
  .openapi("GroupMove", { description: "Moves a person from their proposed group to another proposed group" });

const Member = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  department: z.string(),
  role: z.enum(GROUP_ROLES),
});

export const GroupsSchema = z
  .object({
    groups: z.array(
      z.object({
        id: z.string(),
        number: z.number(),
        name: z.string(),
        status: z.enum(GROUP_STATUSES),
        members: z.array(Member),
        sharedInterests: z.array(z.string()),
        reasons: z.array(z.string()),
      }),
    ),
    unplaced: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .openapi({ description: "Active participants in no group" }),
    warnings: z.array(z.string()).openapi({ description: "From forming the groups; empty when only read" }),
    published: z.boolean().openapi({ description: "There are groups and all of them are published" }),
  })
  .openapi("Groups");

export const PublishedSchema = GroupsSchema.extend({
  mailed: z.number().openapi({ description: "People emailed by this call (0 when nothing was left to publish)" }),
}).openapi("GroupsPublished");

export const MeetingSchema = z
  .object({
    at: z.iso.datetime({ offset: true, message: "Use a date and time like 2027-03-04T09:00:00Z." }),
    place: placeText(300).min(1, "Say where, or give the video link."),
  })
  .openapi("GroupMeetingInput");

export const NoteSchema = z
  .object({ body: z.string().trim().min(1, "Write a note first.").max(2000, "At most 2,000 characters.") })
  .openapi("GroupNoteInput");

const Note = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.number(),
});
export const NoteCreatedSchema = Note.openapi("GroupNote");

const Meeting = z.object({ at: z.number().nullable(), place: z.string() });

export const GroupPageSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: z.enum(GROUP_STATUSES),
    program: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    members: z.array(Member.extend({ title: z.string() })),
    sharedInterests: z.array(z.string()),
    nextMeeting: Meeting,
    notes: z.array(Note).openapi({ description: "Newest first" }),
    isMember: z.boolean(),
  })
  .openapi("GroupPage");

export const MyGroupsSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        programName: z.string(),
        role: z.enum(GROUP_ROLES),
        members: z.number(),
        nextMeeting: Meeting,
      }),
    ),
  })
  .openapi("MyGroups");
