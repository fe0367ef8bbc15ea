import { MENTEE_ROLES, MENTOR_ROLES } from "../../../workers/domain/roles";

export const isMentorRole = (role: string) => MENTOR_ROLES.includes(role);
export const isMenteeRole = (role: string) => MENTEE_ROLES.includes(role);
