/** @module features/people/me — the signed-in person with their enrollments, as the session and /me answer it. */
import type { CurrentUser } from "../../platform/env";
import type { DB } from "../../platform/db";
import { enrollmentDto, enrollmentsOfPerson } from "../programs";
import { myPersonDto, personById } from "./repo";

/** Null when the session's person is gone (deleted since the cookie was signed). */
export async function meOf(db: DB, me: CurrentUser) {
  const [person, rows] = await db.batch([personById(db, me.id), enrollmentsOfPerson(db, me.id)]);
  if (!person[0]) return null;
  return {
    person: myPersonDto(person[0]),
    isAdmin: me.isAdmin,
    managedProgramIds: me.managedProgramIds,
    enrollments: rows.map((r) => ({ ...enrollmentDto(r.enrollment), program: r.program })),
  };
}
