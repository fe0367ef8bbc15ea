/** The link above a page's title back to the page it belongs under. */
export const BackLink = ({ href, label }: { href: string; label: string }) => (
  <p>
    <a href={href}>{`← ${label}`}</a>
  </p>
);
