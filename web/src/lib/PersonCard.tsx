/** Someone to get in touch with, as a card in a list: their name, what they do, and where to write. */
import type { JSX } from "preact";
import { roleLine } from "./format";

type Person = { name: string; title: string; department: string; email: string };

/** `tag` is a word shown beside the name (their role in a group). */
export function PersonCard({ person: p, tag, style }: { person: Person; tag?: string; style?: JSX.CSSProperties }) {
  return (
    <li class="card" style={style}>
      <strong>{p.name}</strong>
      {tag && (
        <>
          {" "}
          <span class="tag">{tag}</span>
        </>
      )}
      {roleLine(p) && <span class="hint"> · {roleLine(p)}</span>}
      <br />
      <a href={`mailto:${p.email}`} style={{ overflowWrap: "anywhere" }}>
        {p.email}
      </a>
    </li>
  );
}
