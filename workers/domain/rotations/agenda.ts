/**
 * @module domain/rotations/agenda
 * A suggested agenda for a rotation pair's first meeting: the topics the seniors asked for that the
 * junior offers come first, so the first conversation starts where reverse mentoring pays off.
 */
export type AgendaPerson = { name: string; offers: string[]; wants: string[] };

export function firstAgenda(junior: AgendaPerson, seniors: AgendaPerson[]): string[] {
  const offered = new Set(junior.offers.map((t) => t.toLowerCase()));
  const wanted = [...new Set(seniors.flatMap((s) => s.wants.map((t) => t.toLowerCase())))];
  const shared = wanted.filter((t) => offered.has(t));
  const topics = shared.length ? shared : wanted.length ? wanted : junior.offers.map((t) => t.toLowerCase());
  return [
    "Introductions: your roles, and one thing each of you wants from these weeks (10 minutes).",
    ...topics
      .slice(0, 3)
      .map((t) => `${t}: how ${junior.name} uses it day to day, and where it would help in the senior's work.`),
    ...(topics.length ? [] : ["A tool or habit the junior relies on that the senior has not tried yet."]),
    "Agree when and how you meet next, and one thing to try before then (5 minutes).",
  ];
}
