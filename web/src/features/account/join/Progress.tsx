/** Where the person is in the sign-up: "Step 2 of 3", with every step named and the current one marked. */
export function Progress({ titles, current }: { titles: string[]; current: number }) {
  return (
    <ol class="join-progress" aria-label="Sign-up steps">
      {titles.map((title, i) => (
        <li key={title} aria-current={i === current ? "step" : undefined} class={i < current ? "done" : undefined}>
          <span class="join-progress-count">
            Step {i + 1} of {titles.length}
          </span>
          <span class="join-progress-title">{title}</span>
        </li>
      ))}
    </ol>
  );
}
