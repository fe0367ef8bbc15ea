/**
 * @module features/join/routes
 * Sign-up through a program's shared link. Nothing about an existing person changes until the email
 * is confirmed: the form travels in the confirmation token and is applied when it is redeemed.
 */
import { z } from "@hono/zod-openapi";
import { emailDomainAllowed, type Config } from "../../platform/config";
import { programByLink, signupEnrollment, type Program } from "../programs";
import { guardedRoutesFor } from "../auth";
import { limitByNetwork, limitByTarget, mailConfirmation, personToConfirm, type SignUpLink } from "./link-sign-up";
import {
  ROLES_BY_KIND,
  emailSchema,
  enrollmentProfileSchema,
  personProfileSchema,
  unknownSkills,
  type ProfileField,
} from "../../domain/profile";
import { ApiError, badRequest, type FieldErrors } from "../../platform/errors";
import { router } from "../../platform/validate";
import { confirmMail } from "./mail";
import { json, refusals } from "../../platform/schemas";
import type { SignupPayload } from "../../domain/profile";

const { publicRoute } = guardedRoutesFor(["Sign-up"]);

export const PRIVACY_NOTICE =
  "Tandem keeps the profile you enter here (name, work email, role, department, title, location, skills, goals " +
  "and preferences) and what you do in the program (mentorships, meetings, goals, notes, requests, survey answers, " +
  "events) to match you with mentoring partners. The program's organisers and your partners can see your profile. " +
  "Once the program has ended, its data is deleted after 24 months, or the period its organisers set. You can edit " +
  "your profile or withdraw at any time, and download everything Tandem holds about you or erase your account " +
  "from your profile page.";

const SlugParam = z.object({ slug: z.string().min(1).max(80) });
const KeyQuery = z.object({ key: z.string().max(100).default("") });

const JoinInfoSchema = z
  .object({
    program: z.object({
      slug: z.string(),
      name: z.string(),
      kind: z.string(),
      description: z.string(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      skills: z.array(z.string()),
      profileFields: z.array(z.string()),
      roles: z.array(z.string()),
    }),
    allowedEmailDomains: z.array(z.string()),
    privacyNotice: z.string(),
  })
  .openapi("JoinInfo");

const JoinSchema = personProfileSchema
  .extend(enrollmentProfileSchema.shape)
  .extend({
    key: z.string().min(1).max(100),
    email: emailSchema,
    role: z.string().min(1).max(20),
    consent: z.literal(true, { message: "Agree to the privacy notice to sign up." }),
  })
  .openapi("JoinRequest");
type JoinInput = z.infer<typeof JoinSchema>;

const LINK: SignUpLink = { scope: "join", mailKey: "confirm", target: "program" };

const linkNotValid = () =>
  new ApiError(
    404,
    "invalid_link",
    "This sign-up link is not valid any more. Ask the program's organisers for the current link.",
  );

/** Checks what a schema cannot: the role for this kind, the vocabulary, the email domain. */
function checkAgainstProgram(config: Config, program: Program, input: JoinInput) {
  const fields: FieldErrors = {};
  const roles = ROLES_BY_KIND[program.kind] ?? [];
  if (!roles.includes(input.role)) fields.role = `Choose one of: ${roles.join(", ")}.`;
  for (const key of ["skillsOffered", "skillsSought"] as const) {
    const unknown = unknownSkills(program.skills, input[key]);
    if (unknown.length) fields[key] = `Not in this program's skills: ${unknown.join(", ")}.`;
  }
  if (!emailDomainAllowed(config, input.email)) {
    fields.email = `Use your work email (${config.allowedDomains.map((d) => "@" + d).join(", ")}).`;
  }
  if (Object.keys(fields).length) throw badRequest("invalid_input", "Some fields are not valid.", fields);
}

/** Keeps only the fields this program asks for (name is always asked). */
function askedOnly(program: Program, input: JoinInput): SignupPayload {
  const asked = new Set<string>(program.profileFields);
  // A field left blank keeps what the profile has: signing up again never wipes languages or skills.
  const given = (v: unknown) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);
  const pick = <T extends object>(o: T) =>
    Object.fromEntries(Object.entries(o).filter(([k, v]) => given(v) && asked.has(k as ProfileField))) as T;
  const { name, department, title, location, timezone, yearsExperience, languages } = input;
  const { goals, skillsOffered, skillsSought, format, frequency, capacity } = input;
  const isMentor = ["mentor", "both"].includes(input.role);
  return {
    person: { name, ...pick({ department, title, location, timezone, yearsExperience, languages }) },
    enrollment: {
      role: input.role,
      ...pick({ goals, skillsOffered, skillsSought, format, frequency }),
      ...(isMentor && capacity !== undefined ? { capacity } : {}),
    },
    consentAt: Date.now(),
  };
}

export const joinRoutes = router()
  .openapi(
    publicRoute.get("/", "What the sign-up page shows for a shared link", {
      params: SlugParam,
      query: KeyQuery,
      responses: { 200: json(JoinInfoSchema, "The program's public sign-up info"), ...refusals(404) },
    }),
    async (c) => {
      const program = await programByLink(c.var.db, c.req.valid("param").slug, c.req.valid("query").key);
      if (!program) throw linkNotValid();
      return c.json(
        {
          program: {
            slug: program.slug,
            name: program.name,
            kind: program.kind,
            description: program.description,
            startsOn: program.startsOn,
            endsOn: program.endsOn,
            skills: program.skills,
            profileFields: program.profileFields,
            roles: [...(ROLES_BY_KIND[program.kind] ?? [])],
          },
          allowedEmailDomains: c.var.config.allowedDomains,
          privacyNotice: PRIVACY_NOTICE,
        },
        200,
      );
    },
  )
  .openapi(
    publicRoute.post("/", "Sign up through a shared link; emails a confirmation link", {
      description:
        "Signing up again with the same email updates the same enrollment once confirmed; it never creates a second person.",
      params: SlugParam,
      body: JoinSchema,
      responses: {
        202: json(z.object({ ok: z.literal(true) }), "Check your email"),
        ...refusals(400, 404, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      await limitByNetwork(c, LINK);
      const program = await programByLink(c.var.db, c.req.valid("param").slug, input.key);
      if (!program) throw linkNotValid();
      checkAgainstProgram(c.var.config, program, input);
      await limitByTarget(c, LINK, program.id, input.email);
      const payload = askedOnly(program, input);
      const person = await personToConfirm(c, input.email);
      const { capacity, ...profile } = payload.enrollment;
      const enrollment = await signupEnrollment(c.var.db, program.id, person.id, {
        ...profile,
        capacity: capacity ?? null,
      });
      await mailConfirmation(c, LINK, person, { enrollmentId: enrollment.id, payload }, (language, origin, token) =>
        confirmMail(language, program.name, origin, token),
      );
      return c.json({ ok: true as const }, 202);
    },
  );
