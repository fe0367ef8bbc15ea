/** The clock `npm start` runs: a tick at each whole minute, none doubled, none after it stops. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startClock } from "../../scripts/clock";

describe("the local clock", () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2027, 0, 4, 9, 0, 30) }));
  afterEach(() => vi.useRealTimers());

  it("runs the clock's tick at each whole minute, as of that minute, until stopped", async () => {
    const calls: { url: string; at: number; body: unknown; origin: string }[] = [];
    const fetch = vi.fn(async (url: string, init: RequestInit) => {
      const origin = (init.headers as Record<string, string>).origin!;
      calls.push({ url, at: Date.now(), body: JSON.parse(String(init.body)), origin });
      return new Response("ok");
    });
    const stop = startClock({ base: "http://127.0.0.1:8787", fetch, log: () => {} });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([
      {
        url: "http://127.0.0.1:8787/api/dev/tick",
        at: Date.UTC(2027, 0, 4, 9, 1),
        body: { now: "2027-01-04T09:01:00.000Z" },
        origin: "http://127.0.0.1:8787",
      },
    ]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls.map((c) => new Date(c.at).toISOString())).toEqual([
      "2027-01-04T09:01:00.000Z",
      "2027-01-04T09:02:00.000Z",
      "2027-01-04T09:03:00.000Z",
    ]);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls).toHaveLength(3);
  });

  it("does not start a tick while the last is still running, and says when one fails", async () => {
    let release: (r: Response) => void = () => {};
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    const log = vi.fn();
    const stop = startClock({ base: "http://x", fetch, log });
    await vi.advanceTimersByTimeAsync(30_000 + 60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
    release(new Response("no", { status: 500 }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledWith("The local clock's tick answered 500.");
    stop();
  });
});
