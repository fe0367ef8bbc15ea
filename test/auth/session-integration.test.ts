import { describe, expect, it } from "vitest";
import { ADMIN, Client, ok, signIn } from "../helpers";

describe("GET /api/session", () => {
  it("answers 200 with nobody when signed out, so a signed-out page load logs no error", async () => {
    const res = await new Client().api.session.$get();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ person: null });
  });

  it("answers the signed-in person with their roles and enrollments", async () => {
    const admin = await signIn(ADMIN);
    const session = await ok(admin.api.session.$get());
    expect(session.person).toMatchObject({ email: ADMIN });
    expect(session).toMatchObject({ isAdmin: true, managedProgramIds: [], enrollments: expect.any(Array) });
  });

  it("answers nobody once the session is signed out", async () => {
    const client = await signIn(ADMIN);
    await client.json("POST", "/api/auth/logout");
    expect(await ok(client.api.session.$get())).toEqual({ person: null });
  });
});
