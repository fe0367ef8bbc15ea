/** An error said at once to screen readers, the Try again that can follow one, and a page that failed to load. */
import type { ComponentChildren } from "preact";
import { messageOf, statusOf } from "./api";
import { useT } from "./i18n";

export function Alert({
  message,
  id,
  children,
}: {
  message?: string | null;
  id?: string;
  children?: ComponentChildren;
}) {
  if (!message) return null;
  return (
    <p class="status error" role="alert" id={id}>
      {message}
      {children}
    </p>
  );
}

/** A link-styled button after an error's text, for loading again. */
export function TryAgain({ onClick }: { onClick: () => void }) {
  const { t } = useT();
  return (
    <>
      {" "}
      <button type="button" class="link" onClick={onClick}>
        {t("error.tryAgain")}
      </button>
    </>
  );
}

/**
 * A page reached through a link that could not load: when the API refused the link itself (one of
 * `gone.status`), what to do about it; otherwise why, with Try again.
 */
export function LoadFailed(props: {
  failure: unknown;
  gone: { status: number[]; title: string; text: string };
  onRetry: () => void;
}) {
  const { failure, gone, onRetry } = props;
  const { t } = useT();
  const isGone = gone.status.includes(statusOf(failure));
  return (
    <section class="narrow">
      <h1>{isGone ? gone.title : t("error.title")}</h1>
      {isGone ? (
        <p>{gone.text}</p>
      ) : (
        <Alert message={messageOf(failure)}>
          <TryAgain onClick={onRetry} />
        </Alert>
      )}
    </section>
  );
}
