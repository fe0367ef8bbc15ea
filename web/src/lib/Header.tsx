/** The top bar: the name, where you can go, and your sign-in state. */
import { useLocation } from "preact-iso";
import { api, ok } from "./api";
import { useT } from "./i18n";
import { Logo } from "./Logo";
import { useOrganisation } from "./organisation";
import { takeReturn } from "./returnTo";
import { canAdminister, useSession } from "./session";

export function Header() {
  const { me, refresh } = useSession();
  const { route } = useLocation();
  const org = useOrganisation();
  const { t } = useT();
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
        <Logo />
        {org?.logo && <img class="brand-logo" src={org.logo} alt="" />}
        {/* Without a name of its own, the mark already says "Tandem" to screen readers. */}
        <span aria-hidden={org?.name ? undefined : "true"}>{org?.name ?? "Tandem"}</span>
      </a>
      <nav aria-label={t("shell.nav.label")}>
        {me ? (
          <>
            <a href="/dashboard">{t("shell.nav.dashboard")}</a>
            {me.enrollments.some((e) => e.status === "active" && e.program.matchMode !== "admin") && (
              <a href="/requests">{t("shell.nav.requests")}</a>
            )}
            <a href="/library">{t("shell.nav.library")}</a>
            {canAdminister(me) && <a href="/admin/programs">{t("shell.nav.programs")}</a>}
            {canAdminister(me) && <a href="/host/events">{t("shell.nav.events")}</a>}
            {me.isAdmin && <a href="/admin/organisation">{t("shell.nav.settings")}</a>}
            <button type="button" class="link" onClick={signOut}>
              {t("shell.signOut")}
            </button>
          </>
        ) : (
          <a href="/signin">{t("shell.signIn")}</a>
        )}
      </nav>
    </header>
  );
}
