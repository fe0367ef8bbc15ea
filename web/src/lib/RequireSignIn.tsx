/** Shows its children to signed-in people; sends others to the sign-in page. */
import type { ComponentChildren } from "preact";
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useSession, type Me } from "./session";
import { Skeleton } from "./Skeleton";

export function RequireSignIn({ children }: { children: (me: Me) => ComponentChildren }) {
  const { me, loading } = useSession();
  const { route } = useLocation();
  useEffect(() => {
    if (!loading && !me) route("/signin", true);
  }, [loading, me]);
  if (loading) return <Skeleton />;
  return me ? <>{children(me)}</> : null;
}
