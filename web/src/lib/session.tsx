/** The signed-in person, loaded once and shared; `refresh` reloads it after sign-in, edits or sign-out. */
import { createContext } from "preact";
import { useCallback, useContext, useEffect, useRef, useState } from "preact/hooks";
import { api, ok } from "./api";
import { queryClient } from "./query";
import { setViewer } from "./dates";
import { chooseLanguage, switchLanguage } from "./i18n";

// Signed out is an answer (`person: null`), not a 401, so a signed-out page logs no failed request.
const loadMe = async () => {
  const session = await ok(api.session.$get());
  return session.person ? session : null;
};
export type Me = NonNullable<Awaited<ReturnType<typeof loadMe>>>;

type Session = { me: Me | null; loading: boolean; refresh: () => Promise<void> };
const SessionContext = createContext<Session>({ me: null, loading: true, refresh: async () => {} });

export function SessionProvider({ children }: { children: preact.ComponentChildren }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const who = useRef<string | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    const next = await loadMe().catch(() => null);
    const id = next?.person.id ?? null;
    // Someone else signed in (or out): nothing loaded for the last person may show to the next.
    if (who.current !== undefined && who.current !== id) await queryClient.resetQueries();
    who.current = id;
    // Dates show on the clock of the person's profile; signed out, on the browser's.
    setViewer({ timeZone: next?.person.timezone });
    // The screens speak the person's chosen language; signed out, the browser's.
    await switchLanguage(chooseLanguage(next?.person.uiLanguage)).catch(() => undefined);
    setMe(next);
    setLoading(false);
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return <SessionContext.Provider value={{ me, loading, refresh }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
export const canAdminister = (me: Me | null) => !!me && (me.isAdmin || me.managedProgramIds.length > 0);
