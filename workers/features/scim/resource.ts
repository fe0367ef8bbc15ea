/**
 * @module features/scim/resource
 * Between a SCIM User and a Tandem person: userName is the person's email (the key people sign in
 * with), the display name their name, the enterprise extension's department their department.
 */
import {
  SCIM_ENTERPRISE_USER,
  SCIM_USER,
  displayNameOf,
  scimBoolean,
  workEmail,
  type ScimFields,
} from "../../domain/scim-user";
import { emailSchema } from "../../domain/profile";
import { ScimError } from "./protocol";
import type { PersonChange, ScimChange, ScimPerson } from "./repo/users";
import type { ScimUserInput } from "./schemas";

const iso = (ms: number) => new Date(ms).toISOString();

export function toResource(p: ScimPerson, origin: string) {
  return {
    schemas: p.department ? [SCIM_USER, SCIM_ENTERPRISE_USER] : [SCIM_USER],
    id: p.id,
    ...(p.externalId ? { externalId: p.externalId } : {}),
    userName: p.email,
    displayName: p.name,
    name: { formatted: p.name },
    emails: [{ value: p.email, type: "work" as const, primary: true as const }],
    ...(p.title ? { title: p.title } : {}),
    active: p.active,
    ...(p.department ? { [SCIM_ENTERPRISE_USER]: { department: p.department } } : {}),
    meta: {
      resourceType: "User" as const,
      created: iso(p.createdAt),
      lastModified: iso(p.updatedAt),
      location: `${origin}/api/scim/v2/Users/${p.id}`,
    },
  };
}

/** The fields a whole User (POST, PUT) sets; what it leaves out is cleared, as PUT replaces. */
export function fieldsOfResource(u: ScimUserInput): ScimFields {
  return {
    userName: u.userName,
    email: workEmail(u.emails),
    displayName: u.displayName ?? undefined,
    givenName: u.name?.givenName ?? undefined,
    familyName: u.name?.familyName ?? undefined,
    formatted: u.name?.formatted ?? undefined,
    title: u.title ?? "",
    department: u[SCIM_ENTERPRISE_USER]?.department ?? "",
    externalId: u.externalId ?? null,
    active: u.active === undefined ? true : scimBoolean(u.active),
  };
}

/** The address Tandem keys the person by: their work email, else a userName that is one. */
export function emailOf(f: ScimFields): string | undefined {
  const raw = f.email || f.userName;
  if (raw === undefined) return undefined;
  const parsed = emailSchema.safeParse(raw);
  if (!parsed.success) throw new ScimError(400, "userName or a work email must be an email address.", "invalidValue");
  return parsed.data;
}

/** The changes to the person and to SCIM's record of them that these fields make. */
export function changesOf(f: ScimFields): { person: PersonChange; scim: ScimChange } {
  const name = displayNameOf(f)?.slice(0, 120);
  const person: PersonChange = {
    ...(emailOf(f) ? { email: emailOf(f) } : {}),
    ...(name ? { name } : {}),
    ...(f.title !== undefined ? { title: f.title } : {}),
    ...(f.department !== undefined ? { department: f.department } : {}),
  };
  const scim: ScimChange = {
    ...(f.externalId !== undefined ? { externalId: f.externalId } : {}),
    ...(f.active !== undefined ? { active: f.active } : {}),
  };
  return { person, scim };
}
