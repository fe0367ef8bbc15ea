import { useSession } from "../../lib/session";
import { Page } from "../../lib/Section";
import { useT } from "./i18n";

export default function Home() {
  const { me } = useSession();
  const { t } = useT();
  return (
    <Page class="narrow" title={t("home.start.title")}>
      <p>{t("home.start.text")}</p>
      {me ? (
        <p>
          <a class="button" href="/dashboard">
            {t("home.start.dashboard")}
          </a>
        </p>
      ) : (
        <p>
          <a class="button" href="/signin">
            {t("home.start.signIn")}
          </a>
        </p>
      )}
      <p class="hint">
        {t("home.start.joining")} <a href="/api/docs">{t("home.start.apiReference")}</a>.
      </p>
    </Page>
  );
}
