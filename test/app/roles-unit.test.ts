import { describe, expect, it } from "vitest";
import { ROLES_BY_KIND } from "../../workers/domain/profile";
import { MENTEE_ROLES, MENTOR_ROLES, ROLES } from "../../workers/domain/roles";
import { PROGRAM_KINDS } from "../../workers/domain/kinds";

describe("which roles mentor and which are mentored", () => {
  it("gives every kind of program both sides of a pair, and every role it offers a side", () => {
    for (const kind of PROGRAM_KINDS.filter((k) => k in ROLES_BY_KIND)) {
      const roles = ROLES_BY_KIND[kind]!;
      expect(
        roles.filter((r) => MENTOR_ROLES.includes(r)),
        kind,
      ).not.toEqual([]);
      expect(
        roles.filter((r) => MENTEE_ROLES.includes(r)),
        kind,
      ).not.toEqual([]);
      for (const role of roles) expect(MENTOR_ROLES.includes(role) || MENTEE_ROLES.includes(role), role).toBe(true);
    }
  });

  it("puts juniors on the mentor's side and seniors on the mentee's, as reverse mentoring means", () => {
    expect(MENTOR_ROLES).toContain("junior");
    expect(MENTEE_ROLES).toContain("senior");
    expect(MENTOR_ROLES).not.toContain("senior");
    expect(MENTEE_ROLES).not.toContain("junior");
  });

  it("names only enrollment roles, and only `both` on both sides", () => {
    expect([...MENTOR_ROLES, ...MENTEE_ROLES].every((r) => (ROLES as readonly string[]).includes(r))).toBe(true);
    expect(MENTOR_ROLES.filter((r) => MENTEE_ROLES.includes(r))).toEqual(["both"]);
  });
});
