/**
 * @module domain/scim-user
 * A SCIM 2.0 User (RFC 7643) as Tandem keeps it, and how the PATCH operations identity providers send
 * (RFC 7644, section 3.5.2) change it. Entra ID and Okta send different shapes of the same change:
 * `{"op":"Replace","path":"active","value":"False"}` and `{"op":"replace","value":{"active":false}}`;
 * both land here as the same fields. Attributes Tandem does not keep (phone numbers, addresses) are
 * ignored rather than refused, so a provider's whole-profile sync does not fail on them.
 */

export const SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_ENTERPRISE_USER = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/** What a SCIM change may set; an absent field is left as it is. */
export type ScimFields = {
  userName?: string;
  email?: string;
  displayName?: string;
  givenName?: string;
  familyName?: string;
  formatted?: string;
  title?: string;
  department?: string;
  externalId?: string | null;
  active?: boolean;
};

export type PatchOperation = { op: string; path?: string; value?: unknown };

/** A patch that cannot apply: the SCIM error type (`scimType`) and why. */
export class ScimPatchError extends Error {
  constructor(
    readonly scimType: "invalidValue" | "invalidPath" | "noTarget",
    message: string,
  ) {
    super(message);
  }
}

/** Entra ID sends booleans as the strings "True" and "False". */
export function scimBoolean(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  throw new ScimPatchError("invalidValue", "active must be true or false.");
}

const text = (value: unknown, what: string, max = 254): string => {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string" || value.length > max)
    throw new ScimPatchError("invalidValue", `${what} must be text of at most ${max} characters.`);
  return value.trim();
};

/** The work (or primary, or first) address of a SCIM `emails` list. */
export function workEmail(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const list = emails.filter(
    (e): e is { value: unknown; type?: unknown; primary?: unknown } => !!e && typeof e === "object",
  );
  const chosen =
    list.find((e) => e.primary === true || e.primary === "True" || e.primary === "true") ??
    list.find((e) => e.type === "work") ??
    list[0];
  return chosen ? text(chosen.value, "emails.value") : undefined;
}

const CORE_PREFIX = `${SCIM_USER.toLowerCase()}:`;
const ENTERPRISE_PREFIX = `${SCIM_ENTERPRISE_USER.toLowerCase()}:`;

type TextField = Exclude<keyof ScimFields, "externalId" | "active">;

/** The attributes kept as plain text, by lower-cased path: the field, its name in errors, its longest length. */
const TEXT_PATHS = new Map<string, { field: TextField; name: string; max: number }>([
  ["username", { field: "userName", name: "userName", max: 254 }],
  ["displayname", { field: "displayName", name: "displayName", max: 200 }],
  ["name.givenname", { field: "givenName", name: "name.givenName", max: 100 }],
  ["name.familyname", { field: "familyName", name: "name.familyName", max: 100 }],
  ["name.formatted", { field: "formatted", name: "name.formatted", max: 200 }],
  ["title", { field: "title", name: "title", max: 200 }],
  ["enterprise.department", { field: "department", name: "department", max: 200 }],
  ["emails.value", { field: "email", name: "emails.value", max: 254 }],
]);

/** Sets the field a path names, if Tandem keeps it. `remove` gives `undefined` as the value. */
function setPath(fields: ScimFields, rawPath: string, value: unknown) {
  let path = rawPath.trim().toLowerCase();
  if (path.startsWith(CORE_PREFIX)) path = path.slice(CORE_PREFIX.length);
  if (path.startsWith(ENTERPRISE_PREFIX)) path = `enterprise.${path.slice(ENTERPRISE_PREFIX.length)}`;
  if (/^emails\[.*\]\.value$/.test(path)) path = "emails.value";
  const plain = TEXT_PATHS.get(path);
  if (plain) {
    fields[plain.field] = text(value, plain.name, plain.max);
    return;
  }
  switch (path) {
    case "active":
      if (value !== undefined) fields.active = scimBoolean(value);
      return;
    case "name":
      if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) setPath(fields, `name.${k}`, v);
      return;
    case "externalid":
      fields.externalId = value === undefined || value === null ? null : text(value, "externalId", 256);
      return;
    case "emails":
      fields.email = workEmail(value);
      return;
    default:
      if (path === SCIM_ENTERPRISE_USER.toLowerCase() && value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) setPath(fields, `${SCIM_ENTERPRISE_USER}:${k}`, v);
      }
  }
}

/** The fields a list of PATCH operations sets, in order (a later operation on a field wins). */
export function patchFields(operations: PatchOperation[]): ScimFields {
  const fields: ScimFields = {};
  for (const { op, path, value } of operations) {
    const kind = op.toLowerCase();
    if (kind !== "add" && kind !== "replace" && kind !== "remove") {
      throw new ScimPatchError("invalidValue", `Unknown operation "${op}": use add, replace or remove.`);
    }
    if (kind === "remove") {
      if (!path) throw new ScimPatchError("noTarget", "remove needs a path.");
      setPath(fields, path, undefined);
    } else if (path) {
      setPath(fields, path, value);
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) setPath(fields, k, v);
    } else {
      throw new ScimPatchError("invalidValue", `${op} without a path needs an object of attributes as its value.`);
    }
  }
  return fields;
}

/** The name Tandem shows: the display name, else the formatted or given and family names, else none. */
export function displayNameOf(f: ScimFields): string | undefined {
  const joined = [f.givenName, f.familyName].filter(Boolean).join(" ");
  return f.displayName || f.formatted || joined || undefined;
}

/** The filters identity providers send before creating someone (`userName eq "…"`, `externalId eq "…"`). */
export type ScimFilter = { attribute: "userName" | "externalId"; value: string };

const FILTER =
  /^\s*(userName|externalId|emails(?:\[type\s+eq\s+"work"\])?(?:\.value)?)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

/** The filter, or null when it is not one Tandem answers (the route refuses it as `invalidFilter`). */
export function parseFilter(filter: string): ScimFilter | null {
  const found = FILTER.exec(filter);
  if (!found) return null;
  let value: string;
  try {
    value = JSON.parse(`"${found[2]}"`) as string;
  } catch {
    return null;
  }
  // Tandem's userName is the person's email, so a filter on either finds the same person.
  return { attribute: found[1]!.toLowerCase() === "externalid" ? "externalId" : "userName", value };
}
