/**
 * ARCHITECTURE.md, invariant 3: whatever a client sends, the answer is never a 500, and a refusal is the
 * JSON error envelope. Random JSON goes to every route that takes a body, as the most powerful caller.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, Client, createEvent, createProgram, ok, signIn } from "../helpers";

let admin: Client;
let programPath: string;
let joinPath: string;
let runPath: string;
let eventPath: string;
let reversePath: string;
let surveyPath: string;
let mentorshipPath: string;

beforeAll(async () => {
  admin = await signIn(ADMIN);
  const program = await createProgram(admin);
  programPath = `/api/programs/${program.id}`;
  joinPath = `/api/join/${program.slug}`;
  const run = await ok(admin.api.programs[":id"]["match-runs"].$post({ param: { id: program.id } }), 202);
  runPath = `${programPath}/match-runs/${run.id}`;
  const eventId = await createEvent(admin, {
    title: "E",
    startsAt: "2027-03-04T09:00:00Z",
    roundMinutes: 5,
    breakMinutes: 1,
    menteesPerTable: 1,
  });
  eventPath = `/api/events/${eventId}`;
  const reverse = await createProgram(admin, { kind: "reverse", startsAt: "2027-01-04", endsAt: "2027-03-28" });
  reversePath = `/api/programs/${reverse.id}`;
  await admin.json("POST", `${reversePath}/rotations/plan`);
  const surveys = await ok(admin.api.programs[":id"].surveys.$get({ param: { id: program.id } }));
  surveyPath = `/api/surveys/${surveys.items[0]!.id}`;
  // A mentorship the admin is in, so meeting and goal bodies reach their handlers.
  const me = await ok(admin.api.me.$get());
  const id = crypto.randomUUID();
  const { env } = await import("cloudflare:workers");
  await env.DB.prepare(
    "INSERT INTO mentorships (id, program_id, mentor_id, mentee_id, status, source, started_at) VALUES (?, ?, ?, ?, 'active', 'match', ?)",
  )
    .bind(id, program.id, me.person.id, me.person.id, Date.now())
    .run();
  mentorshipPath = `/api/mentorships/${id}`;
});

const routes = (): [string, string][] => [
  ["POST", "/api/auth/magic-link"],
  ["POST", "/api/auth/verify"],
  ["POST", "/api/programs"],
  ["PATCH", programPath],
  ["PUT", `${programPath}/managers`],
  ["POST", joinPath],
  ["PATCH", "/api/me"],
  ["PATCH", `/api/me/enrollments/${programPath.split("/").pop()}`],
  ["PUT", `${programPath}/matching`],
  ["POST", `${runPath}/pairs`],
  ["POST", `${programPath}/requests`],
  ["POST", `/api/mentorships/${crypto.randomUUID()}/end`],
  ["POST", "/api/events"],
  ["POST", `${eventPath}/register`],
  ["POST", `${eventPath}/checkin`],
  ["POST", `${eventPath}/attendance`],
  ["POST", `${eventPath}/plan`],
  ["POST", `${reversePath}/rotations/swap`],
  ["POST", `${reversePath}/rotations/pause`],
  ["POST", `${reversePath}/rotations/feedback`],
  ["POST", `${programPath}/surveys`],
  ["PATCH", surveyPath],
  ["POST", "/api/surveys/respond"],
  ["POST", `${mentorshipPath}/meetings`],
  ["POST", `${mentorshipPath}/goals`],
  ["PUT", "/api/me/mail-preferences"],
  ["POST", "/api/unsubscribe?token=x"],
  ["POST", "/api/dev/tick"],
];

// Bodies shaped like the real ones, with wrong types, empty values and oddities mixed in.
const value = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.record({ name: fc.string(), level: fc.integer() }), { maxLength: 2 }),
  fc.constantFrom("", "mentee", "junior", "one-to-one", "Europe/Berlin", "2027-02-30", "a@b.co", "ü\u0000\ud800"),
  fc.constantFrom("choice", "both", "lock", "assign", "swap", "ban", "no-time", "different"),
  fc.record({ skills: fc.integer({ min: -1, max: 11 }), hours: fc.double() }, { requiredKeys: [] }),
  fc.record({ minGap: fc.integer({ min: -2, max: 50 }), maxGap: fc.option(fc.integer()) }, { requiredKeys: [] }),
);
const keys = fc.constantFrom(
  "email",
  "token",
  "name",
  "kind",
  "role",
  "key",
  "consent",
  "startsOn",
  "endsOn",
  "skills",
  "skillsOffered",
  "skillsSought",
  "emails",
  "timezone",
  "yearsExperience",
  "capacity",
  "format",
  "profileFields",
  "defaultCapacity",
  "mode",
  "weights",
  "department",
  "seniority",
  "requireSharedLanguage",
  "requestDays",
  "choiceClosesOn",
  "action",
  "menteeId",
  "mentorId",
  "otherMenteeId",
  "mentorIds",
  "message",
  "reason",
  "title",
  "roundMinutes",
  "breakMinutes",
  "rounds",
  "tables",
  "menteesPerTable",
  "personId",
  "status",
  "afterRound",
  "interests",
  "cycle",
  "a",
  "b",
  "paused",
  "aboutId",
  "rating",
  "comment",
  "template",
  "questions",
  "trigger",
  "openDays",
  "anonymous",
  "active",
  "answers",
  "startsAt",
  "minutes",
  "place",
  "agenda",
  "horizon",
  "dueOn",
  "milestones",
  "category",
  "subscribed",
  "now",
);
const body = fc.oneof(fc.dictionary(keys, value, { maxKeys: 8 }), fc.jsonValue());

describe("bad input", () => {
  it("never gets a 500, and every refusal is the error envelope", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes()), body, async ([method, path], json) => {
        const res = await admin.request(method, path, {
          raw: JSON.stringify(json),
          headers: { "content-type": "application/json" },
        });
        expect(res.status, `${method} ${path} ${JSON.stringify(json)}`).toBeLessThan(500);
        if (res.status >= 400) {
          const parsed = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
          expect(parsed.error?.code).toBeTypeOf("string");
          expect(parsed.error?.message).toBeTypeOf("string");
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000); // 300 requests: well past vitest's 5 s default when the machine is busy

  it("answers query strings it cannot use with a 400", async () => {
    for (const query of ["page=0", "page=abc", "pageSize=101", "role=king", "status=%00"]) {
      const res = await admin.json("GET", `${programPath}/participants?${query}`);
      expect(res.status, query).toBe(400);
    }
    for (const query of ["page=0", "pageSize=0", "pageSize=x"]) {
      expect((await admin.json("GET", `${runPath}?${query}`)).status, query).toBe(400);
    }
  });
});
