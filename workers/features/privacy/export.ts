/**
 * @module features/privacy/export
 * Everything Tandem holds about one person, as one JSON document, with their meetings as a calendar to
 * import. Read in one batch (repo/export), so the export costs one D1 round trip however much it holds.
 */
import { calendarFeed } from "../../platform/calendar";
import type { DB } from "../../platform/db";
import { readExport } from "./repo/export";

export async function personExport(db: DB, personId: string, now = Date.now()) {
  const data = await readExport(db, personId);
  const [profile] = data.profile;
  if (!profile) return null;
  const partners = new Map(data.mentorships.map((m) => [m.id, m.partner]));
  const meetingsCalendar = calendarFeed(
    data.meetings.map((m) => ({
      uid: `${m.id}@tandem`,
      title: `${m.kind === "shadowing" ? "Job shadowing" : "Mentoring"}: ${partners.get(m.mentorshipId) ?? "your partner"}`,
      description: [m.agenda, m.notes, m.videoUrl].filter(Boolean).join("\n\n"),
      start: m.startsAt,
      startInputType: "utc" as const,
      startOutputType: "utc" as const,
      duration: { minutes: m.minutes },
      location: m.place || m.videoUrl || undefined,
      sequence: m.sequence,
      status: m.cancelledAt ? ("CANCELLED" as const) : ("CONFIRMED" as const),
    })),
  );
  return { exportedAt: now, ...data, profile, meetingsCalendar };
}
