/** What a region shows until its data comes, in one place so every page loads and fails alike. */
import type { ComponentChildren } from "preact";
import { Alert, TryAgain } from "./Alert";
import { EmptyState } from "./EmptyState";
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

type ListingProps<T> = {
  /** The load as `useApi` gives it; its error, said above the list, leaves no grey bars behind. */
  query: { data?: { items: T[] } | null; error?: unknown };
  /** What is loading, for screen readers. */
  label?: string;
  /** What an empty list says (EmptyState's title and line). */
  empty: { title: string; text: string };
  children: (items: T[]) => ComponentChildren;
};

/** A list's place on its page: grey bars until its items come, what it lacks when there are none, else the list. */
export function Listing<T>({ query, label, empty, children }: ListingProps<T>) {
  const items = query.data?.items;
  if (!items) return query.error ? null : <Skeleton label={label} />;
  return <>{items.length === 0 ? <EmptyState title={empty.title}>{empty.text}</EmptyState> : children(items)}</>;
}

/**
 * A region of the dashboard that stays out of sight until it has items (`children` shows them): only a
 * failed load shows, as why (`failed` words the error) with Try again.
 */
export function WhenAny<T>(props: {
  query: Load & { data?: { items: T[] } | null };
  failed: (error: string) => string;
  children: (items: T[]) => ComponentChildren;
}) {
  const { data, error, reload } = props.query;
  if (error) {
    return <Alert message={props.failed(error)}>{reload && <TryAgain onClick={() => void reload()} />}</Alert>;
  }
  return data?.items.length ? <>{props.children(data.items)}</> : null;
}
