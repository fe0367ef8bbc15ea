/** What the 5-person floor hid on a page: why, then each hidden figure in words. */
export function HiddenCells(props: {
  items: { cell: string; reason: string }[];
  why: string;
  /** A cell's id ("department:Legal:matched") in words. */
  text: (cell: string) => string;
}) {
  return (
    <>
      <p class="hint">{props.why}</p>
      <ul>
        {props.items.map((s) => (
          <li key={s.cell}>
            {props.text(s.cell)} ({s.reason})
          </li>
        ))}
      </ul>
    </>
  );
}
