/**
 * @module domain/links
 * The app's pages that mail links to, one builder each, so every call to action lands on the exact
 * page of what it is about. Each path is a route of web/src/App.tsx (test/node/mail-links-unit holds
 * every template to that); hashes point at the item on the page (`#meeting-<id>`).
 */
const seg = encodeURIComponent;

export const pagePaths = {
  verify: (token: string) => `/auth/verify?token=${seg(token)}`,
  profile: () => "/profile",
  mentorship: (id: string) => `/mentorships/${seg(id)}`,
  meeting: (mentorshipId: string, meetingId: string) => `/mentorships/${seg(mentorshipId)}#meeting-${seg(meetingId)}`,
  /** A mentor's availability (pause and resume), beside the requests it is about. */
  availability: () => "/requests#availability",
  request: (id: string) => `/requests#request-${seg(id)}`,
  chooseMentor: (programId: string) => `/programs/${seg(programId)}/choose`,
  /** A mentor's application to a program that approves its mentors: where it stands, and why. */
  mentorApplication: (programId: string) => `/programs/${seg(programId)}/mentor-application`,
  /** The program's settings, where its managers change how long its data is kept. */
  programSettings: (programId: string) => `/admin/programs/${seg(programId)}`,
  matching: (programId: string) => `/admin/programs/${seg(programId)}/matching`,
  insights: (programId: string) => `/admin/programs/${seg(programId)}/insights`,
  event: (id: string, key: string) => `/events/${seg(id)}?key=${seg(key)}`,
  /** The event's page, asking a stranger who registered through its link to confirm. */
  eventConfirm: (id: string, key: string, token: string) => `/events/${seg(id)}?key=${seg(key)}&confirm=${seg(token)}`,
  hostEvent: (id: string) => `/host/events/${seg(id)}`,
  group: (id: string) => `/groups/${seg(id)}`,
  /** A library entry's page; for a draft of captured knowledge, where its authors edit and approve it. */
  libraryEntry: (id: string) => `/library/${seg(id)}`,
  rotation: (programId: string) => `/rotations/${seg(programId)}`,
  rotationFeedback: (programId: string, cycle: number) => `/rotations/${seg(programId)}/feedback/${cycle}`,
  survey: (token: string) => `/s/${seg(token)}`,
  stillGoing: (token: string) => `/still-going/${seg(token)}`,
  /** A roulette pair's page: "we met", a rating, skip or pause; the token lets its person act without signing in. */
  roulettePair: (pairId: string, token: string) => `/roulette/pairs/${seg(pairId)}?token=${seg(token)}`,
  roulette: (programId: string) => `/roulette/${seg(programId)}`,
};

/** A page's full address for a mail: the app's origin (no trailing slash) and the page's path. */
export const pageUrl = (origin: string, path: string) => `${origin}${path}`;
