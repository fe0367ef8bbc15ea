/** An error said at once to screen readers, and the Try again that can follow one. */
import type { ComponentChildren } from "preact";

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
export const TryAgain = ({ onClick }: { onClick: () => void }) => (
  <>
    {" "}
    <button type="button" class="link" onClick={onClick}>
      Try again
    </button>
  </>
);
