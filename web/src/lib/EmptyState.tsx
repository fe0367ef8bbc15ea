/**
 * What an empty list says, in one voice everywhere: a title naming what is missing ("No programs yet"),
 * one line on what fills it, and at most one thing to do next.
 */
import type { ComponentChildren } from "preact";

type Action = { label: string; href: string } | { label: string; onClick: () => void };

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ComponentChildren;
  action?: Action;
}) {
  return (
    <div class="empty">
      <p class="empty-title">{title}</p>
      {children && <p>{children}</p>}
      {action &&
        ("href" in action ? (
          <a class="button secondary" href={action.href}>
            {action.label}
          </a>
        ) : (
          <button type="button" class="secondary" onClick={action.onClick}>
            {action.label}
          </button>
        ))}
    </div>
  );
}
