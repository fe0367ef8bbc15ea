/**
 * @module domain/scim-group
 * SCIM Groups (RFC 7643 section 4.2) as identity providers push departments: what a PATCH changes,
 * read from the operations Entra ID sends (`{"op":"Add","path":"members","value":[{"value":"<id>"}]}`,
 * `{"op":"Replace","path":"displayName","value":"Sales"}`) and those Okta sends
 * (`{"op":"remove","path":"members[value eq \"<id>\"]"}`, `{"op":"replace","value":{"displayName":"Sales"}}`).
 */
import { ScimPatchError, type PatchOperation } from "./scim-user";

export const SCIM_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";

export type GroupChange = {
  displayName?: string;
  externalId?: string | null;
  add: string[];
  remove: string[];
  /** The whole membership, when an operation replaces it. */
  members?: string[];
};

const MEMBER_FILTER = /^members\[\s*value\s+eq\s+"([^"]{1,64})"\s*\]$/i;

/** The ids of a `members` value: `[{ value: "<id>" }, …]`. */
function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((m) => {
    const id = (m as { value?: unknown } | null)?.value;
    if (typeof id !== "string" || !id || id.length > 64) {
      throw new ScimPatchError("invalidValue", 'Each member is { "value": "<user id>" }.');
    }
    return id;
  });
}

function text(value: unknown, what: string, max: number) {
  if (typeof value !== "string" || !value.trim() || value.length > max) {
    throw new ScimPatchError("invalidValue", `${what} must be text of 1 to ${max} characters.`);
  }
  return value.trim();
}

export function groupPatch(operations: PatchOperation[]): GroupChange {
  const change: GroupChange = { add: [], remove: [] };
  for (const { op: rawOp, path, value } of operations) {
    const op = rawOp.toLowerCase();
    const target = path?.trim().toLowerCase();
    const one = path ? MEMBER_FILTER.exec(path.trim()) : null;
    if (op === "remove" && one) change.remove.push(one[1]!);
    else if (target === "members" && op === "add") change.add.push(...memberIds(value));
    else if (target === "members" && op === "remove") {
      if (value === undefined) change.members = [];
      else change.remove.push(...memberIds(value));
    } else if (target === "members" && op === "replace") change.members = memberIds(value);
    else if (target === "displayname" && op !== "remove") change.displayName = text(value, "displayName", 200);
    else if (target === "externalid") change.externalId = op === "remove" ? null : text(value, "externalId", 256);
    else if (!path && (op === "replace" || op === "add") && value && typeof value === "object") {
      const v = value as { displayName?: unknown; externalId?: unknown; members?: unknown };
      if (v.displayName !== undefined) change.displayName = text(v.displayName, "displayName", 200);
      if (v.externalId !== undefined) change.externalId = text(v.externalId, "externalId", 256);
      if (v.members !== undefined) {
        if (op === "add") change.add.push(...memberIds(v.members));
        else change.members = memberIds(v.members);
      }
    } else throw new ScimPatchError("invalidPath", `Tandem cannot ${op} ${path ?? "that"} on a group.`);
  }
  return change;
}

export type GroupFilter = { attribute: "displayName" | "externalId"; value: string };

const FILTER = /^\s*(displayName|externalId)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

/** `displayName eq "…"` or `externalId eq "…"`, or null for a filter Tandem does not answer. */
export function parseGroupFilter(filter: string): GroupFilter | null {
  const found = FILTER.exec(filter);
  if (!found) return null;
  try {
    const value = JSON.parse(`"${found[2]}"`) as string;
    return { attribute: found[1]!.toLowerCase() === "externalid" ? "externalId" : "displayName", value };
  } catch {
    return null;
  }
}
