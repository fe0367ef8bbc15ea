/** The top bar: the name, where you can go, and your sign-in state. */
import { useLocation } from "preact-iso";
import { api, ok } from "./api";
import { takeReturn } from "./returnTo";
import { canAdminister, useSession } from "./session";

export function Header() {
  const { me, refresh } = useSession();
  const { route } = useLocation();
  const signOut = async () => {
    await ok(api.auth.logout.$post()).catch(() => undefined);
    await refresh();
    // Signing out leaves a protected page, which remembers itself; the next person should not land there.
    takeReturn();
    route("/");
  };
  return (
    <header class="top">
      <a class="brand" href={me ? "/dashboard" : "/"}>
        Tandem
      </a>
      <nav aria-label="Main">
        {me ? (
          <>
            <a href="/dashboard">Dashboard</a>
            {me.enrollments.some((e) => e.status === "active" && e.program.matchMode !== "admin") && (
              <a href="/requests">Requests</a>
            )}
            {canAdminister(me) && <a href="/admin/programs">Programs</a>}
            {canAdminister(me) && <a href="/host/events">Events</a>}
            <button type="button" class="link" onClick={signOut}>
              Sign out
            </button>
          </>
        ) : (
          <a href="/signin">Sign in</a>
        )}
      </nav>
    </header>
  );
}
