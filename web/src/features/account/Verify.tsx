/**
 * The page a mailed link opens. Only the button redeems the token, so a mail scanner that opens
 * the link does not use it up. A sign-up confirmation first shows what it would change on an
 * existing profile, field by field, so nobody's profile or role changes without them seeing it.
 */
import { useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { api, ok } from "../../lib/api";
import { Status } from "../../lib/Field";
import { TableHead } from "../../lib/Table";
import { useT } from "./i18n";
import { takeReturn } from "../../lib/returnTo";
import { useSession } from "../../lib/session";
import { useApi, useApiChange } from "../../lib/query";

type Change = { field: string; label: string; from: string; to: string };

function Changes({ changes }: { changes: Change[] }) {
  const { t } = useT();
  return (
    <div class="table-wrap">
      <table class="stack changes">
        <caption>{t("verify.changes")}</caption>
        <TableHead columns={[t("verify.field"), t("verify.now"), t("verify.after")]} />
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{c.label}</th>
              <td data-label={t("verify.now")}>{c.from || "—"}</td>
              <td data-label={t("verify.after")}>{c.to || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Verify() {
  const { t } = useT();
  const { query, route } = useLocation();
  const { refresh } = useSession();
  const redeeming = useApiChange((json: { token: string; acceptChanges?: boolean }) =>
    ok(api.auth.verify.$post({ json })),
  );
  const { busy, error } = redeeming;
  // What the page says once the link is used; the answer about the link is gone by then (the cache resets).
  const [done, setDone] = useState<{ title: string; text: string } | null>(null);
  const token = query.token ?? "";
  // Once redeemed the token is spent: signing in resets the cache, and asking again would be refused.
  const spent = useRef(false);
  const pending = useApi(
    ["auth", "confirmation", token],
    () => (token ? ok(api.auth.confirmation.$get({ query: { token } })) : Promise.resolve(null)),
    { enabled: () => !spent.current },
  );
  const changes = pending.data?.changes ?? [];
  const confirm = pending.data?.purpose === "confirm" ? pending.data : null;
  const program = confirm?.program?.name ?? "";
  const label = confirm ? (changes.length ? t("verify.confirmChanges") : t("verify.confirmPlace")) : t("verify.signIn");
  const title = confirm ? t("verify.confirmTitle", { program }) : t("verify.signInTitle");

  const go = async () => {
    const result = await redeeming.run({ token, ...(changes.length ? { acceptChanges: true } : {}) });
    if (!result) return;
    spent.current = true;
    // The next page loads on demand; until it shows, this one stays up without its token.
    setDone({
      title,
      text: confirm ? t("verify.confirmed", { program }) : t("verify.signedIn"),
    });
    await refresh();
    route(
      result.purpose === "confirm" && result.programId
        ? `/dashboard?confirmed=${result.programId}`
        : (takeReturn() ?? "/dashboard"),
    );
  };

  const failed = (
    <p>
      <a href="/signin">{t("verify.newLink")}</a>
    </p>
  );

  return (
    <section class="narrow">
      <h1>{done?.title ?? title}</h1>
      {done ? (
        <p role="status">{done.text}</p>
      ) : !token ? (
        <p>
          {t("verify.incomplete")} <a href="/signin">{t("verify.newLink")}</a>
        </p>
      ) : pending.error ? (
        <>
          <Status tone="error" message={pending.error} />
          {failed}
        </>
      ) : !pending.data ? (
        <p role="status">{t("verify.checking")}</p>
      ) : confirm?.conflict ? (
        <>
          {changes.length > 0 && <Changes changes={changes} />}
          <Status tone="error" message={confirm.conflict} />
        </>
      ) : (
        <>
          {confirm && changes.length > 0 ? (
            <>
              <p>{t("verify.existing", { email: confirm.email ?? "" })}</p>
              <Changes changes={changes} />
            </>
          ) : (
            <p>
              {confirm ? t("verify.pressConfirm", { email: confirm.email ?? "", program }) : t("verify.pressSignIn")}
            </p>
          )}
          <button type="button" onClick={go} disabled={busy}>
            {busy ? t("verify.busy") : label}
          </button>
          <Status tone="error" message={error} />
          {error && failed}
        </>
      )}
    </section>
  );
}
