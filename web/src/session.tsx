/** The signed-in person, loaded once and shared; `refresh` reloads it after sign-in, edits or sign-out. */
import { createContext } from "preact";
import { useCallback, useContext, useEffect, useState } from "preact/hooks";
import { api, ok } from "./api";

export type Me = Awaited<ReturnType<typeof loadMe>>;
const loadMe = () => ok(api.me.$get());

type Session = { me: Me | null; loading: boolean; refresh: () => Promise<void> };
const SessionContext = createContext<Session>({ me: null, loading: true, refresh: async () => {} });

export function SessionProvider({ children }: { children: preact.ComponentChildren }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      setMe(await loadMe());
    } catch {
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  return <SessionContext.Provider value={{ me, loading, refresh }}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);
export const canAdminister = (me: Me | null) => !!me && (me.isAdmin || me.managedProgramIds.length > 0);
