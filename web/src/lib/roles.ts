/** Which enrollment roles mentor and which are mentored (in reverse mentoring, juniors mentor seniors). */
const MENTOR_ROLES: readonly string[] = ["mentor", "both", "junior"];
const MENTEE_ROLES: readonly string[] = ["mentee", "both", "senior"];

export const isMentorRole = (role: string) => MENTOR_ROLES.includes(role);
export const isMenteeRole = (role: string) => MENTEE_ROLES.includes(role);
