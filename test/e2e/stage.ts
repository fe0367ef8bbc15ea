/**
 * The seeded demo, made ready to look at: the people whose pages the tour and the Lighthouse run open,
 * signed in through the development mailbox, and an event with a participant registered. Plain fetch
 * and no vitest, so `npm run lighthouse` uses it too.
 */

/** Sends `body` as JSON, or as it is with `type` (a CSV import). */
type Call = <T = unknown>(method: string, path: string, body?: unknown, type?: string) => Promise<T>;
export type Session = { email: string; cookie: { name: string; value: string }; call: Call };

type Mail = { to: string; subject: string; links: string[]; createdAt: number };
type Program = { id: string; name: string; kind: string; signupUrl: string };

async function signInLink(baseUrl: string, email: string, after: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const mails = (await (await fetch(`${baseUrl}/api/dev/mail?limit=500`)).json()) as Mail[];
    const mail = mails.find(
      (m) => m.to === email && m.createdAt >= after && /sign-in link|Anmeldelink/.test(m.subject),
    );
    const link = mail?.links.find((l) => l.includes("token="));
    if (link) return new URL(link).searchParams.get("token")!;
    if (Date.now() > deadline) throw new Error(`no sign-in link reached ${email}`);
    await new Promise((r) => setTimeout(r, 250)); // polling the mailbox: the mail queue sends when it runs
  }
}

/** `email` signed in as anyone is, by the mailed link; `call` fails on any answer but 2xx. */
export async function session(baseUrl: string, email: string): Promise<Session> {
  const headers = { origin: baseUrl, "content-type": "application/json" };
  const start = Date.now();
  const asked = await fetch(`${baseUrl}/api/auth/magic-link`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`sign-in link for ${email}: ${asked.status}`);
  const token = await signInLink(baseUrl, email, start);
  const verified = await fetch(`${baseUrl}/api/auth/verify`, {
    method: "POST",
    headers,
    body: JSON.stringify({ token }),
  });
  if (!verified.ok) throw new Error(`signing ${email} in: ${verified.status} ${await verified.text()}`);
  const [name, value] = verified.headers.getSetCookie()[0]!.split(";")[0]!.split(/=(.*)/s);
  const cookie = { name: name!, value: value! };
  const call: Call = async (method, path, body, type) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...headers, ...(type && { "content-type": type }), cookie: `${cookie.name}=${cookie.value}` },
      body: body === undefined ? undefined : type ? (body as string) : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} as ${email}: ${res.status} ${text}`);
    // The caller names the route's answer type; a file (a CSV export) comes back as its text.
    const json = res.headers.get("content-type")?.includes("json");
    return (json ? JSON.parse(text) : text || null) as never;
  };
  return { email, cookie, call };
}

/** An active participant of a program with the given role. */
async function participant(admin: Session, programId: string, role: "mentor" | "mentee") {
  const page = await admin.call<{ items: { email: string }[] }>(
    "GET",
    `/api/programs/${programId}/participants?role=${role}&status=active&pageSize=1`,
  );
  if (!page.items[0]) throw new Error(`no active ${role} in program ${programId}`);
  return page.items[0].email;
}

/** The demo's programs by name, its people to sign in as, and a speed-mentoring event to look at. */
export async function setTheStage(baseUrl: string, adminEmail: string) {
  const admin = await session(baseUrl, adminEmail);
  const { items } = await admin.call<{ items: Program[] }>("GET", "/api/programs?pageSize=100");
  const named = (name: string) => {
    const program = items.find((p) => p.name === name);
    if (!program) throw new Error(`the demo has no program "${name}"`);
    return program;
  };
  const programs = {
    buddies: named("Onboarding buddies"),
    choice: named("Leadership circle"),
    reverse: named("Reverse mentoring: AI at work"),
    oneToOne: named("Mentoring 2027"),
  };
  const mentee = await session(baseUrl, await participant(admin, programs.buddies.id, "mentee"));
  const chooser = await session(baseUrl, await participant(admin, programs.choice.id, "mentee"));
  const event = await admin.call<{ id: string; joinUrl: string }>("POST", "/api/events", {
    title: "Speed mentoring at the summer meet-up",
    startsAt: "2027-06-03T09:00:00Z",
    timezone: "Europe/Berlin",
    place: "Atrium, 2nd floor",
    roundMinutes: 8,
    breakMinutes: 2,
    tables: 4,
  });
  const key = new URL(event.joinUrl).searchParams.get("key");
  await mentee.call("POST", `/api/events/${event.id}/register`, { key, role: "mentee" });
  return { admin, mentee, chooser, programs, event };
}
