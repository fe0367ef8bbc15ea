/** The language of a person's screens: kept on their profile, theirs alone to change. */
import { describe, expect, it } from "vitest";
import { ADMIN, Client, ok, refusalIn, signIn } from "../helpers";

describe("a person's UI language", () => {
  it("starts unset, is saved by the profile and comes back with the session", async () => {
    const me = await signIn(ADMIN);
    expect((await ok(me.api.me.$get())).person.uiLanguage).toBeNull();
    const saved = await ok(me.api.me.$patch({ json: { uiLanguage: "de" } }));
    expect(saved.uiLanguage).toBe("de");
    const session = await ok(me.api.session.$get());
    expect(session.person && "uiLanguage" in session.person && session.person.uiLanguage).toBe("de");
    // Saving other fields keeps it; null hands the choice back to the browser.
    await ok(me.api.me.$patch({ json: { location: "Berlin" } }));
    expect((await ok(me.api.me.$get())).person.uiLanguage).toBe("de");
    expect((await ok(me.api.me.$patch({ json: { uiLanguage: null } }))).uiLanguage).toBeNull();
  });

  it("refuses a language Tandem does not speak, with a 400 naming the field, and keeps the old one", async () => {
    const me = await signIn(ADMIN);
    await ok(me.api.me.$patch({ json: { uiLanguage: "de" } }));
    const res = await me.request("PATCH", "/api/me", { body: { uiLanguage: "fr" } });
    expect(res.status).toBe(400);
    expect(refusalIn(await res.json()).error.fields).toHaveProperty("uiLanguage");
    expect((await ok(me.api.me.$get())).person.uiLanguage).toBe("de");
  });

  it("is not for anyone signed out to set", async () => {
    const res = await new Client().request("PATCH", "/api/me", { body: { uiLanguage: "de" } });
    expect(res.status).toBe(401);
  });
});
