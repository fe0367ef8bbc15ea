/** A matching table's cell with a person's name and, under it, their email. */
export function PersonCell({ label, name, email }: { label: string; name: string; email: string }) {
  return (
    <td data-label={label}>
      <span class="person-cell">
        {name}
        <span class="hint">{email}</span>
      </span>
    </td>
  );
}
