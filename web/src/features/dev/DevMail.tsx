/** The development mailbox: every email the app sent locally, newest first. */
import { formatDateTime } from "../../lib/dates";
import { api, messageOf, ok, statusOf } from "../../lib/api";
import { useApi } from "../../lib/query";
import { Skeleton } from "../../lib/Skeleton";
import { EmptyState } from "../../lib/EmptyState";

const load = () => ok(api.dev.mail.$get({ query: {} }));

/** The text with its links made clickable; the HTML part is not injected into this page. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"')]+)/g);
  return <pre class="mail-text">{parts.map((p, i) => (i % 2 ? <a href={p}>{p}</a> : p))}</pre>;
}

export default function DevMail() {
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
        <h1>Development mailbox</h1>
        <p>{absent ? "The development mailbox exists only when Tandem runs locally." : messageOf(error)}</p>
      </section>
    );
  }
  return (
    <section>
      <h1>Development mailbox</h1>
      <p>
        Every email Tandem sent while running locally, newest first.{" "}
        <button type="button" class="secondary" onClick={refresh}>
          Refresh
        </button>
      </p>
      {!mails ? (
        <Skeleton />
      ) : mails.length === 0 ? (
        <EmptyState title="No email yet">Ask for a sign-in link, or sign up through a program's link.</EmptyState>
      ) : (
        <ul class="mails">
          {mails.map((m, i) => (
            <li key={m.id}>
              <p class="mail-head">
                <strong>{m.subject}</strong> to {m.to}{" "}
                <span class="hint">
                  {formatDateTime(m.createdAt)} · {m.status}
                </span>
              </p>
              {m.links.slice(0, 1).map((link) => (
                <p>
                  <a class="button" href={link}>
                    Open the link<span class="sr-only"> in “{m.subject}”</span>
                  </a>
                </p>
              ))}
              {m.attachments.length > 0 && (
                <ul class="mail-attachments" aria-label={`Files sent with “${m.subject}”`}>
                  {m.attachments.map((a) => (
                    <li key={a.url}>
                      <a href={a.url} download={a.filename}>
                        {a.filename}
                      </a>{" "}
                      <span class="hint">
                        {a.contentType} · {a.size.toLocaleString()} bytes
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <details open={i === 0}>
                <summary>Full text</summary>
                <LinkedText text={m.text} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
