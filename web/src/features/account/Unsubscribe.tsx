/**
 * The page an unsubscribe link in a mail opens: it says which kind of mail the link stops and asks for
 * a click, because mail scanners open links and must not unsubscribe anyone. No sign-in needed.
 */
import { useLocation } from "preact-iso";
import { api, ok } from "../../lib/api";
import { useApiAnswer } from "../../lib/query";
import { Loading } from "../../lib/Loading";
import { Page } from "../../lib/Section";
import { useT } from "./i18n";
import { useCategoryName } from "./categories";

type State = { category: string; label: string; subscribed: boolean };

export default function Unsubscribe() {
  const { t } = useT();
  const categoryName = useCategoryName();
  const token = useLocation().query.token ?? "";
  const unsubscribe = useApiAnswer(
    ["unsubscribe", token],
    () => ok(api.unsubscribe.$get({ query: { token } })),
    () => ok(api.unsubscribe.$post({ query: { token } })),
    [["me", "mail-preferences"]], // the preferences page, if it was open, shows the change
  );
  const state: State | null = unsubscribe.data;
  const { error, busy } = unsubscribe;
  return (
    <Page class="narrow" title={t("unsubscribe.title")}>
      <Loading query={{ data: state, error }} />
      {state &&
        (state.subscribed ? (
          <>
            <p>{t("unsubscribe.ask", { category: categoryName(state) })}</p>
            <button type="button" onClick={() => unsubscribe.run(undefined)} disabled={busy}>
              {t("unsubscribe.confirm")}
            </button>
          </>
        ) : (
          <p class="status success" role="status">
            {t("unsubscribe.done", { category: categoryName(state) })}
          </p>
        ))}
      <p>
        {t("unsubscribe.signedIn")} <a href="/preferences">{t("unsubscribe.preferences")}</a>.
      </p>
    </Page>
  );
}
