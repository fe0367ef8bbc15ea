/** @module features/recognition/repo/certificates — a completed mentorship's certificate for each of its two people. */
import { sql } from "drizzle-orm";
import type { DB } from "../../../platform/db";

/** 128 random bits, hex: the certificate's public link, which nobody can guess. */
const newCertificateId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

/** The person's certificate of the mentorship, made the first time it is asked for and the same one after. */
export async function certificateFor(db: DB, mentorshipId: string, personId: string) {
  await db.run(sql`
    INSERT INTO certificates (id, mentorship_id, person_id) VALUES (${newCertificateId()}, ${mentorshipId}, ${personId})
    ON CONFLICT (mentorship_id, person_id) DO NOTHING`);
  const rows = await db.all<{ id: string }>(sql`
    SELECT id FROM certificates WHERE mentorship_id = ${mentorshipId} AND person_id = ${personId}`);
  return rows[0]!.id;
}

export type CertificateRow = {
  id: string;
  person_name: string;
  role: "mentor" | "mentee";
  partner_name: string;
  program_name: string;
  started_at: number | null;
  completed_at: number | null;
  status: string;
};

export const certificateById = async (db: DB, id: string) =>
  (
    await db.all<CertificateRow>(sql`
      SELECT c.id, p.name AS person_name,
        CASE WHEN m.mentor_id = c.person_id THEN 'mentor' ELSE 'mentee' END AS role,
        o.name AS partner_name, pr.name AS program_name, m.started_at, m.ended_at AS completed_at, m.status
      FROM certificates c
      JOIN mentorships m ON m.id = c.mentorship_id
      JOIN people p ON p.id = c.person_id
      JOIN people o ON o.id = CASE WHEN m.mentor_id = c.person_id THEN m.mentee_id ELSE m.mentor_id END
      JOIN programs pr ON pr.id = m.program_id
      WHERE c.id = ${id}`)
  )[0];
