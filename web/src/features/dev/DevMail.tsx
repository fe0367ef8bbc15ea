/** The development mailbox: every email the app sent locally, newest first. */
import { formatDateTime } from "../../lib/dates";
import { api, messageOf, ok, statusOf } from "../../lib/api";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";
import { useT } from "./i18n";

const load = () => ok(api.dev.mail.$get({ query: {} }));

/** The text with its links made clickable; the HTML part is not injected into this page. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"')]+)/g);
  return <pre class="mail-text">{parts.map((p, i) => (i % 2 ? <a href={p}>{p}</a> : p))}</pre>;
}

export default function DevMail() {
  const { t } = useT();
  const {
    data: mails,
    failure: error,
    reload: refresh,
  } = useApi(["dev", "mail"], load, {
    // Coming back must never show an older list first: a link in it may be used up already.
    gcTime: 0,
  });

  if (error) {
    const absent = statusOf(error) === 404;
    return (
      <section class="narrow">
        <h1>{t("dev.mail.title")}</h1>
        <p>{absent ? t("dev.mail.localOnly") : messageOf(error)}</p>
      </section>
    );
  }
  return (
    <section>
      <h1>{t("dev.mail.title")}</h1>
      <p>
        {t("dev.mail.intro")}{" "}
        <button type="button" class="secondary" onClick={refresh}>
          {t("dev.mail.refresh")}
        </button>
      </p>
      {!mails ? (
        <Skeleton />
      ) : mails.length === 0 ? (
        <EmptyState title={t("dev.mail.emptyTitle")}>{t("dev.mail.emptyText")}</EmptyState>
      ) : (
        <ul class="mails">
          {mails.map((m, i) => (
            <li key={m.id}>
              <p class="mail-head">
                <strong>{m.subject}</strong> {t("dev.mail.to", { to: m.to })}{" "}
                <span class="hint">
                  {formatDateTime(m.createdAt)} · {m.status}
                </span>
              </p>
              {m.links.slice(0, 1).map((link) => (
                <p>
                  <a class="button" href={link}>
                    {t("dev.mail.open")}
                    <span class="sr-only"> {t("dev.mail.openIn", { subject: m.subject })}</span>
                  </a>
                </p>
              ))}
              {m.attachments.length > 0 && (
                <ul class="mail-attachments" aria-label={t("dev.mail.files", { subject: m.subject })}>
                  {m.attachments.map((a) => (
                    <li key={a.url}>
                      <a href={a.url} download={a.filename}>
                        {a.filename}
                      </a>{" "}
                      <span class="hint">
                        {a.contentType} · {t("dev.mail.bytes", { size: a.size })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <details open={i === 0}>
                <summary>{t("dev.mail.fullText")}</summary>
                <LinkedText text={m.text} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
