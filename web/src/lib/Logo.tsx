/** Tandem's mark: two linked rings, in the accent colour, named "Tandem" for screen readers. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg class="logo" role="img" aria-label="Tandem" viewBox="0 0 32 32" width={size} height={size}>
      <rect width="32" height="32" rx="7" fill="var(--accent)" />
      <circle cx="11.5" cy="16" r="6.5" fill="none" stroke="var(--on-accent)" stroke-width="3" />
      <circle cx="20.5" cy="16" r="6.5" fill="none" stroke="var(--on-accent)" stroke-width="3" />
    </svg>
  );
}
