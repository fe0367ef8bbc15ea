/** @module features/rotations/schemas — a reverse program's rotation: cycles and pairs, swaps, pause, feedback. */
import { z } from "@hono/zod-openapi";

const Pair = z.object({ juniorId: z.string(), seniorIds: z.array(z.string()) });
const Person = z.object({
  id: z.string(),
  name: z.string(),
  department: z.string(),
  role: z.enum(["junior", "senior"]),
});

export const RotationSchema = z
  .object({
    cycleWeeks: z.number(),
    paused: z.boolean(),
    mixDepartments: z.boolean(),
    cycles: z.array(
      z.object({
        cycle: z.number(),
        startsAt: z.number(),
        endsAt: z.number(),
        status: z.enum(["planned", "under way", "done", "skipped"]),
        pairs: z.array(Pair),
        byes: z.array(z.string()),
        feedback: z
          .object({ answers: z.number(), average: z.number().nullable() })
          .openapi({ description: "Ratings given at the cycle's end (1–5)" }),
      }),
    ),
    people: z.array(Person).openapi({ description: "Everyone taking part now, for names" }),
    unplanned: z.array(z.string()).openapi({ description: "People in none of the planned cycles: plan again" }),
  })
  .openapi("Rotation");

export const SwapSchema = z
  .object({ cycle: z.number().int().min(1), a: z.string().min(1).max(64), b: z.string().min(1).max(64) })
  .openapi("RotationSwap", { description: "Two juniors, or two seniors, trade places in a cycle not started yet" });

export const PauseSchema = z.object({ paused: z.boolean() }).openapi("RotationPause");

const Partner = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  department: z.string(),
  email: z.string(),
});
const MyCycle = z.object({
  cycle: z.number(),
  startsAt: z.number(),
  endsAt: z.number(),
  partners: z.array(Partner).openapi({ description: "None: a bye in this cycle" }),
});
export const MyRotationsSchema = z
  .object({
    items: z.array(
      z.object({
        programId: z.string(),
        programName: z.string(),
        role: z.enum(["junior", "senior"]),
        paused: z.boolean(),
        current: MyCycle.nullable(),
        next: MyCycle.nullable().openapi({ description: "As planned now; the organisers may still change it" }),
        past: z.array(MyCycle.extend({ rated: z.boolean() })),
      }),
    ),
  })
  .openapi("MyRotations");

export const FeedbackSchema = z
  .object({
    cycle: z.number().int().min(1),
    aboutId: z.string().min(1).max(64),
    rating: z.number().int().min(1, "Rate from 1 to 5.").max(5, "Rate from 1 to 5."),
    comment: z.string().trim().max(1000).default(""),
  })
  .openapi("RotationFeedback");
