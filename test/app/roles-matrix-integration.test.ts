/**
 * Every route against every kind of caller: anonymous, a participant of program A, a participant of
 * another program, a manager of A, and an admin. Outsiders get 404 for a program they cannot see.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "@hono/zod-openapi";
import type { ProgramListSchema } from "../../workers/features/programs/schemas";
import { ADMIN, Client, createProgram, joinAndConfirm, signIn, uniqueEmail } from "../helpers";

type Actor = "anonymous" | "participantA" | "participantB" | "managerA" | "admin";
const ACTORS: Actor[] = ["anonymous", "participantA", "participantB", "managerA", "admin"];

let clients: Record<Actor, Client>;
let A: { id: string };
let managerEmail: string;

beforeAll(async () => {
  const admin = await signIn(ADMIN);
  const a = await createProgram(admin, { name: "Program A" });
  const b = await createProgram(admin, { name: "Program B" });
  managerEmail = uniqueEmail("manager");
  await admin.json("PUT", `/api/programs/${a.id}/managers`, { body: { emails: [managerEmail] } });
  A = a;
  clients = {
    anonymous: new Client(),
    participantA: await joinAndConfirm(a, uniqueEmail("pa")),
    participantB: await joinAndConfirm(b, uniqueEmail("pb")),
    managerA: await signIn(managerEmail),
    admin,
  };
});

const csv = () => `email,name,role\n${uniqueEmail("imported")},Imported Person,mentee\n`;

type Case = {
  name: string;
  call: (c: Client) => Promise<Response>;
  expected: Record<Actor, number>;
};

const CASES: Case[] = [
  {
    name: "GET /api/me",
    call: (c) => c.request("GET", "/api/me"),
    expected: { anonymous: 401, participantA: 200, participantB: 200, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/programs",
    call: (c) => c.request("GET", "/api/programs"),
    expected: { anonymous: 401, participantA: 200, participantB: 200, managerA: 200, admin: 200 },
  },
  {
    name: "POST /api/programs",
    call: (c) => c.request("POST", "/api/programs", { body: { name: "New", kind: "peer" } }),
    expected: { anonymous: 401, participantA: 403, participantB: 403, managerA: 403, admin: 201 },
  },
  {
    name: "GET /api/programs/A",
    call: (c) => c.request("GET", `/api/programs/${A.id}`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "PATCH /api/programs/A",
    call: (c) => c.request("PATCH", `/api/programs/${A.id}`, { body: { description: "edited" } }),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "POST /api/programs/A/rotate-key",
    call: (c) => c.request("POST", `/api/programs/${A.id}/rotate-key`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "PUT /api/programs/A/managers",
    call: (c) => c.request("PUT", `/api/programs/${A.id}/managers`, { body: { emails: [managerEmail] } }),
    expected: { anonymous: 401, participantA: 403, participantB: 403, managerA: 403, admin: 200 },
  },
  {
    name: "GET /api/programs/A/participants",
    call: (c) => c.request("GET", `/api/programs/${A.id}/participants`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "POST /api/programs/A/people/import",
    call: (c) =>
      c.request("POST", `/api/programs/${A.id}/people/import`, { raw: csv(), headers: { "content-type": "text/csv" } }),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/programs/A/people/export",
    call: (c) => c.request("GET", `/api/programs/${A.id}/people/export`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    // A's mentee may ask (before withdrawing below), but A is matched by its organisers.
    name: "GET /api/programs/A/suggestions",
    call: (c) => c.request("GET", `/api/programs/${A.id}/suggestions`),
    expected: { anonymous: 401, participantA: 409, participantB: 404, managerA: 404, admin: 404 },
  },
  {
    name: "PATCH /api/me/enrollments/A",
    call: (c) => c.request("PATCH", `/api/me/enrollments/${A.id}`, { body: { goals: "mine" } }),
    expected: { anonymous: 401, participantA: 200, participantB: 404, managerA: 404, admin: 404 },
  },
  {
    name: "POST /api/me/enrollments/A/withdraw",
    call: (c) => c.request("POST", `/api/me/enrollments/${A.id}/withdraw`),
    expected: { anonymous: 401, participantA: 200, participantB: 404, managerA: 404, admin: 404 },
  },
  {
    name: "GET /api/programs/A/matching",
    call: (c) => c.request("GET", `/api/programs/${A.id}/matching`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "PUT /api/programs/A/matching",
    call: (c) => c.request("PUT", `/api/programs/${A.id}/matching`, { body: { requestDays: 4 } }),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/programs/A/match-runs",
    call: (c) => c.request("GET", `/api/programs/${A.id}/match-runs`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/programs/A/mentorships",
    call: (c) => c.request("GET", `/api/programs/${A.id}/mentorships`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/programs/A/mentor-responses",
    call: (c) => c.request("GET", `/api/programs/${A.id}/mentor-responses`),
    expected: { anonymous: 401, participantA: 404, participantB: 404, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/me/mentorships",
    call: (c) => c.request("GET", "/api/me/mentorships"),
    expected: { anonymous: 401, participantA: 200, participantB: 200, managerA: 200, admin: 200 },
  },
  {
    name: "GET /api/me/requests",
    call: (c) => c.request("GET", "/api/me/requests"),
    expected: { anonymous: 401, participantA: 200, participantB: 200, managerA: 200, admin: 200 },
  },
];

describe("role matrix", () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const got: Record<string, number> = {};
      for (const actor of ACTORS) {
        const res = await testCase.call(clients[actor]);
        got[actor] = res.status;
        if (res.status >= 400) {
          const body = (await res.json()) as { error?: { code?: string } };
          expect(body.error?.code, `${actor} gets the error envelope`).toBeTypeOf("string");
        }
      }
      expect(got).toEqual(testCase.expected);
    });
  }

  it("a participant's program list is empty: they see programs through /api/me", async () => {
    const res = await clients.participantA.json<z.infer<typeof ProgramListSchema>>("GET", "/api/programs");
    expect(res.body.items).toEqual([]);
  });
});
