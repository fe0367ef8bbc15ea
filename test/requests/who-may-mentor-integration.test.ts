/**
 * The SQL of who may mentor follows domain/roles: a junior, who mentors in a reverse program, is among
 * the mentors whose response times the organisers read.
 */
import { describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { ResponseTimesSchema } from "../../workers/features/requests/schemas";
import { ADMIN, createProgram, joinAndConfirm, signIn, uniqueEmail } from "../helpers";

describe("who may mentor, in queries", () => {
  it("lists a reverse program's juniors, and not its seniors, among the mentors' response times", async () => {
    const admin = await signIn(ADMIN);
    const program = await createProgram(admin, { kind: "reverse", startsAt: "2027-01-04", endsAt: "2027-03-28" });
    const junior = uniqueEmail("junior");
    const senior = uniqueEmail("senior");
    await joinAndConfirm(program, junior, { role: "junior" });
    await joinAndConfirm(program, senior, { role: "senior" });
    const res = await admin.json<z.infer<typeof ResponseTimesSchema>>(
      "GET",
      `/api/programs/${program.id}/mentor-responses`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((r) => r.email)).toEqual([junior]);
  });
});
