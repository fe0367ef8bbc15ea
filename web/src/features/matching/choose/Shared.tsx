/** What a mentor shares with the mentee: marked, and saying so in words, not only in colour. */
import { Fragment, type ComponentChildren } from "preact";
import { useT } from "../i18n";

export function Shared({ shared, children }: { shared: boolean; children: ComponentChildren }) {
  const { t } = useT();
  return shared ? (
    <mark class="shared">
      {children} <span class="shared-badge">{t("matching.shared")}</span>
    </mark>
  ) : (
    <>{children}</>
  );
}

/** "a, b, c" with the shared ones marked, or a dash for none. */
export function SharedList({ items }: { items: { text: string; shared: boolean }[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <>
      {items.map((item, i) => (
        <Fragment key={item.text}>
          {i > 0 && ", "}
          <Shared shared={item.shared}>{item.text}</Shared>
        </Fragment>
      ))}
    </>
  );
}
