/**
 * A roulette pair in workerd: "we met" and a rating from the mail's link or signed in, only from the
 * pair's own people (a stranger, a manager outside the pair and another pair's link get 404), skipping
 * from the link, and the organisers' figures in the insights with nothing about fewer than five people.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, Client, createProgram, signIn } from "../helpers";
import { HOUR, T0, setUp, tick, type Round } from "./roulette-setup";

describe("roulette pairs", () => {
  it('take "we met" from the link or signed in, only from the pair\'s own people', async () => {
    const { rounds, intros, as, admin, program, emails, ids } = await setUp(["a", "b", "c", "d"]);
    await tick(T0 + HOUR);
    await tick(T0 + 2 * HOUR);
    const [round] = await rounds();
    const mail = (await intros()).find((m) => m.to === emails.a)!;
    const link = new URL(mail.links.find((l) => l.includes("/roulette/pairs/"))!);
    const pairId = link.pathname.split("/").pop()!;
    const token = link.searchParams.get("token")!;
    const stranger = new Client();
    const pair = round!.pairs.find((p) => p.id === pairId)!;

    // Bad input changes nothing; another pair's token, a stranger and a manager outside the pair get 404.
    expect((await stranger.json("POST", `/api/roulette/${pairId}/met`, { body: { token, rating: 6 } })).status).toBe(
      400,
    );
    expect((await stranger.json("POST", `/api/roulette/${pairId}/met`, { body: { token: "x.y" } })).status).toBe(404);
    const other = round!.pairs.find((p) => p.id !== pairId)!;
    expect((await stranger.json("POST", `/api/roulette/${other.id}/met`, { body: { token } })).status).toBe(404);
    expect((await admin.json("POST", `/api/roulette/${pairId}/met`, { body: {} })).status).toBe(404);
    expect((await admin.json("GET", `/api/roulette/${pairId}`)).status).toBe(404);
    expect((await rounds())[0]!.pairs.find((p) => p.id === pairId)!.met).toBeNull();

    const met = await stranger.json<{ met: boolean; mine: { rating: number } }>("POST", `/api/roulette/${pairId}/met`, {
      body: { token, rating: 5 },
    });
    expect(met.status).toBe(200);
    expect(met.body).toMatchObject({ met: true, mine: { met: true, rating: 5 } });
    // The partner, signed in, answers for themselves without a token: that they did not meet after all.
    const partner = (["b", "c", "d"] as const).find((k) => pair.personIds.includes(ids[k]!))!;
    const theirs = await (
      await as(partner)
    ).json<{ met: boolean; mine: { met: boolean } }>("POST", `/api/roulette/${pairId}/met`, { body: { met: false } });
    expect(theirs.body).toMatchObject({ met: true, mine: { met: false } });
    expect((await rounds())[0]!.pairs.find((p) => p.id === pairId)!.met).toBe(true);

    // The mail's link also skips the next round; a participant who is not a manager sees no rounds.
    const skip = await stranger.json<{ skipRound: number }>("PUT", `/api/roulette/${pairId}/preferences`, {
      body: { token, skipNext: true },
    });
    expect(skip.body.skipRound).toBe(2);
    const a = await as("a");
    expect((await a.json("GET", `/api/programs/${program.id}/roulette/rounds`)).status).toBe(404);
    expect((await a.json("PUT", `/api/programs/${program.id}/roulette`, { body: { enabled: false } })).status).toBe(
      404,
    );
    expect((await a.json("PUT", `/api/me/enrollments/${program.id}/roulette`, { body: {} })).status).toBe(400);
    expect(
      (await a.json("PUT", `/api/me/enrollments/${program.id}/roulette`, { body: { cadenceWeeks: 3 } })).status,
    ).toBe(400);
    const elsewhere = await createProgram(admin);
    expect(
      (await a.json("PUT", `/api/me/enrollments/${elsewhere.id}/roulette`, { body: { paused: true } })).status,
    ).toBe(404);
  });

  it("show in the insights in numbers, nothing about fewer than five people", async () => {
    const names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    const { program, as, ids } = await setUp(names);
    await tick(T0 + HOUR);
    const admin = await signIn(ADMIN);
    type Figures = { rounds: { people: number | null; metShare: number | null; averageRating: number | null }[] };
    const figures = async () =>
      (await admin.json<Figures>("GET", `/api/programs/${program.id}/roulette/insights`)).body;
    const { rounds } = await figures();
    expect(rounds[0]).toMatchObject({ people: 10, metShare: null, averageRating: null });
    const [round] = (await admin.json<Round[]>("GET", `/api/programs/${program.id}/roulette/rounds`)).body;
    const pairOf = (id: string) => round!.pairs.find((p) => p.personIds.includes(id))!.id;
    const answer = async (name: (typeof names)[number]) => {
      const res = await (
        await as(name as "a")
      ).json("POST", `/api/roulette/${pairOf(ids[name as "a"]!)}/met`, {
        body: { rating: 4 },
      });
      expect(res.status).toBe(200);
    };
    for (const n of names.slice(0, 4)) await answer(n);
    expect((await figures()).rounds[0]).toMatchObject({ metShare: null, averageRating: null });
    await answer(names[4]!);
    const after = (await figures()).rounds[0]!;
    expect(after.averageRating).toBe(4);
    expect(after.metShare).toBeGreaterThan(0);
    expect((await (await as("a")).json("GET", `/api/programs/${program.id}/roulette/insights`)).status).toBe(404);
  });
});
