/** What a region shows until its data comes, in one place so every page loads and fails alike. */
import { Alert, TryAgain } from "./Alert";
import { Skeleton } from "./Skeleton";

/** A load as `useApi` gives it; `reload` present when the region offers Try again. */
type Load = { data: unknown; error: string | null; reload?: () => unknown };

/**
 * Grey bars until `query.data` comes, or why it could not load (after `failed`, with Try again when it
 * can reload). The error stays said over the last data, as a failed reload keeps it.
 */
export function Loading({ query, failed, label }: { query: Load; failed?: string; label?: string }) {
  const { data, error, reload } = query;
  return (
    <>
      <Alert message={error && (failed ? `${failed}: ${error}` : error)}>
        {reload && <TryAgain onClick={() => void reload()} />}
      </Alert>
      {!data && !error && <Skeleton label={label} />}
    </>
  );
}
