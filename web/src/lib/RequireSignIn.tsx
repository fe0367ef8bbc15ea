/**
 * Shows its children to signed-in people; sends others to the sign-in page, remembering this page so
 * that the mailed sign-in link brings them back to it (a deep link from a mail lands where it pointed).
 */
import type { ComponentChildren, ComponentType } from "preact";
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { rememberReturn } from "./returnTo";
import { useSession, type Me } from "./session";
import { Skeleton } from "./Skeleton";

export function RequireSignIn({ children }: { children: (me: Me) => ComponentChildren }) {
  const { me, loading } = useSession();
  const { route } = useLocation();
  useEffect(() => {
    if (loading || me) return;
    rememberReturn(location.pathname + location.search + location.hash);
    route("/signin", true);
  }, [loading, me]);
  if (loading) return <Skeleton />;
  return me ? <>{children(me)}</> : null;
}

/** An admins' page: `page` for admins; other signed-in people read `denied` (their feature's words) instead. */
export function RequireAdmin({ denied, page: Page }: { denied: string; page: ComponentType }) {
  return <RequireSignIn>{(me) => (me.isAdmin ? <Page /> : <p class="status error">{denied}</p>)}</RequireSignIn>;
}
